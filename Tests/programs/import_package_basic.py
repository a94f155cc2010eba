# Packages: `import a.b.c` binds the top package and imports each level
# once; submodules become attributes of their package.
import mpkg
print(mpkg.greet("pkg"), mpkg.VERSION)
import mpkg.sub.deep
print(mpkg.sub.deep.describe())
print(mpkg.sub.util is mpkg.util, mpkg.core.calls)
import mpkg.util as u
print(u.shout("loud"), u is mpkg.util)
import mpkg.core, mpkg.util
print(mpkg.core.calls, mpkg.__name__, mpkg.sub.__name__, u.__name__)
