# A small ray tracer: vector objects with operator methods (__add__, __mul__),
# spheres and a plane, diffuse and specular lighting, shadows and reflections.
# Exercises float arithmetic, object allocation, attributes and method calls.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the image width; the height is 3/4 of it (default
# 120; the harness passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

import math

INF = 1e30
EPS = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return INF
        s = math.sqrt(disc)
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        if t > EPS:
            return t
        return INF

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, point, normal_vec, material):
        self.point = point
        self.n = normal_vec.norm()
        self.material = material

    def intersect(self, ray):
        d = self.n.dot(ray.direction)
        if abs(d) < EPS:
            return INF
        t = (self.point - ray.origin).dot(self.n) / d
        return t if t > EPS else INF

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def closest(self, ray):
        best_t = INF
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5)
        p = ray.at(t)
        n = obj.normal(p)
        m = obj.material
        color = m.color * self.ambient
        for light_pos, light_color in self.lights:
            d = light_pos - p
            dist = d.length()
            l = d * (1.0 / dist)
            lambert = n.dot(l)
            if lambert <= 0.0 or self.shadowed(p, l, dist):
                continue
            color = color + Vec(m.color.x * light_color.x, m.color.y * light_color.y,
                                m.color.z * light_color.z) * (m.diffuse * lambert)
            h = (l - ray.direction).norm()
            spec = n.dot(h)
            if spec > 0.0:
                spec = spec ** 16
                color = color + light_color * (m.specular * spec)
        if depth > 0 and m.reflect > 0.0:
            r = ray.direction - n * (2.0 * ray.direction.dot(n))
            color = color + self.trace(Ray(p, r), depth - 1) * m.reflect
        return color


def clamp_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render(width, height):
    scene = Scene()
    scene.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.8, 0.5, 0.3)))
    scene.objects.append(Sphere(Vec(-2.2, 0.7, 6.5), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.7, 0.3, 0.1)))
    scene.objects.append(Sphere(Vec(2.0, 0.5, 4.0), 0.5, Material(Vec(0.3, 0.3, 0.9), 0.6, 0.8, 0.5)))
    scene.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Material(Vec(0.8, 0.8, 0.7), 0.9, 0.0, 0.2)))
    scene.lights.append((Vec(-5.0, 8.0, -2.0), Vec(1.0, 1.0, 1.0)))
    scene.lights.append((Vec(6.0, 4.0, 1.0), Vec(0.4, 0.4, 0.3)))
    eye = Vec(0.0, 1.5, -1.0)
    checksum = 0
    histogram = [0] * 8
    for j in range(height):
        y = 1.0 - 2.0 * j / height
        for i in range(width):
            x = (2.0 * i / width - 1.0) * width / height
            d = Vec(x, y - 0.3, 1.5).norm()
            c = scene.trace(Ray(eye, d), 2)
            r, g, b = clamp_byte(c.x), clamp_byte(c.y), clamp_byte(c.z)
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) // 96] += 1
    return checksum, histogram


W = int(sys.argv[1]) if len(sys.argv) > 1 else 120
print("raytracer", render(W, W * 3 // 4))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
