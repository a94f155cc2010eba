/* The binascii module: hex (hexlify/b2a_hex with CPython's sep and
 * bytes_per_sep, unhexlify/a2b_hex), base64 (b2a_base64 with newline=,
 * a2b_base64 with CPython's non-strict decoding: characters outside the
 * alphabet are skipped, the first complete padding ends the data) and
 * crc32. Errors in the data are binascii.Error, a ValueError subclass as in
 * CPython (MicroPython raises ValueError itself, so `except ValueError`
 * works either way). Data to encode is any bytes-like object; data to
 * decode may also be an ASCII str. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

static const MP_EXC_TYPE(binascii_error, "Error", &mp_type_ValueError);

/* Data to decode: a bytes-like object or a str of ASCII characters. */
static bool ascii_data(mp_obj_t o, const uint8_t **d, size_t *len) {
    if (mp_type_of(o) == &mp_type_str) {
        *d = (const uint8_t *)mp_str_data(o, len);
        for (size_t i = 0; i < *len; i++)
            if ((*d)[i] >= 0x80) {
                mp_raise_msg(&mp_type_ValueError, "string argument should contain only ASCII characters");
                return false;
            }
        return true;
    }
    if (mp_get_buffer(o, d, len)) return true;
    if (mp_type_of(o) == &mp_type_memoryview) return mp_get_buffer_copy(o, d, len);
    mp_raise_fmt(&mp_type_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", mp_type_of(o)->name);
    return false;
}

/* ---- hex ---- */

static mp_obj_t b_hexlify(ARGS) {
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    if (!mp_kw_check(kw, "hexlify", names)) return MP_OBJ_NULL;
    mp_obj_t sep_obj = n > 1 ? a[1] : mp_kw_get(kw, "sep");
    mp_obj_t per_obj = n > 2 ? a[2] : mp_kw_get(kw, "bytes_per_sep");
    if (sep_obj == MP_OBJ_NULL || per_obj == MP_OBJ_NULL) return MP_OBJ_NULL;
    /* Unlike bytes.hex, hexlify takes no sep=None (CPython's TypeError). */
    if (sep_obj == MP_NONE) return mp_raise_msg(&mp_type_TypeError, "sep must be str or bytes.");
    return mp_hex_of_buffer(a[0], sep_obj, per_obj, true);
}

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static mp_obj_t b_unhexlify(ARGS) {
    (void)n;
    (void)kw;
    const uint8_t *d;
    size_t len;
    if (!ascii_data(a[0], &d, &len)) return MP_OBJ_NULL;
    if (len % 2) return mp_raise_msg(&binascii_error, "Odd-length string");
    mp_obj_t out;
    uint8_t *buf = mp_bytes_like_alloc(&mp_type_bytes, len / 2, &out);
    if (buf == NULL || !ascii_data(a[0], &d, &len)) return MP_OBJ_NULL;
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_value(d[i]), lo = hex_value(d[i + 1]);
        if (hi < 0 || lo < 0) return mp_raise_msg(&binascii_error, "Non-hexadecimal digit found");
        buf[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    return out;
}

/* ---- base64 (RFC 4648, standard alphabet) ---- */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static mp_obj_t b_b2a_base64(ARGS) {
    (void)n;
    static const char *const names[] = { "newline", NULL };
    if (!mp_kw_check(kw, "b2a_base64", names)) return MP_OBJ_NULL;
    mp_obj_t nl_obj = mp_kw_get(kw, "newline");
    if (nl_obj == MP_OBJ_NULL) return nl_obj;
    int newline = nl_obj == MP_OBJ_SENTINEL ? 1 : mp_truth(nl_obj);
    if (newline < 0) return MP_OBJ_NULL;
    const uint8_t *d;
    size_t len;
    if (!mp_get_buffer_copy(a[0], &d, &len)) return MP_OBJ_NULL;
    mp_obj_t out;
    uint8_t *buf = mp_bytes_like_alloc(&mp_type_bytes, (len + 2) / 3 * 4 + (size_t)newline, &out);
    if (buf == NULL || !mp_get_buffer_copy(a[0], &d, &len)) return MP_OBJ_NULL;
    size_t w = 0, i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
        buf[w++] = (uint8_t)b64_alphabet[v >> 18];
        buf[w++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        buf[w++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        buf[w++] = (uint8_t)b64_alphabet[v & 63];
    }
    if (i < len) {
        uint32_t v = (uint32_t)d[i] << 16 | (i + 1 < len ? (uint32_t)d[i + 1] << 8 : 0);
        buf[w++] = (uint8_t)b64_alphabet[v >> 18];
        buf[w++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        buf[w++] = i + 1 < len ? (uint8_t)b64_alphabet[(v >> 6) & 63] : '=';
        buf[w++] = '=';
    }
    if (newline) buf[w] = '\n';
    return out;
}

/* CPython's non-strict decoding: skips what is not in the alphabet; an
 * '=' after two or three characters of a quantum, once enough of them
 * complete it, ends the data. */
static mp_obj_t b_a2b_base64(ARGS) {
    (void)n;
    (void)kw;
    const uint8_t *d;
    size_t len;
    if (!ascii_data(a[0], &d, &len)) return MP_OBJ_NULL;
    uint8_t *buf = mp_alloc(len / 4 * 3 + 3);
    if (buf == NULL || !ascii_data(a[0], &d, &len)) return MP_OBJ_NULL;
    size_t w = 0, quad = 0, pads = 0;
    uint32_t acc = 0;
    for (size_t i = 0; i < len; i++) {
        if (d[i] == '=') {
            if (quad >= 2 && quad + ++pads >= 4) {
                quad = 0;
                break;
            }
            continue;
        }
        int v = b64_value(d[i]);
        if (v < 0) continue;
        pads = 0;
        acc = acc << 6 | (uint32_t)v;
        switch (quad) {
        case 0: quad = 1; break;
        case 1:
            buf[w++] = (uint8_t)(acc >> 4);
            acc &= 0xf;
            quad = 2;
            break;
        case 2:
            buf[w++] = (uint8_t)(acc >> 2);
            acc &= 0x3;
            quad = 3;
            break;
        default:
            buf[w++] = (uint8_t)acc;
            acc = 0;
            quad = 0;
            break;
        }
    }
    if (quad == 1)
        return mp_raise_fmt(&binascii_error,
            "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4",
            (int)(w / 3 * 4 + 1));
    if (quad != 0) return mp_raise_msg(&binascii_error, "Incorrect padding");
    return mp_bytes_new(buf, w);
}

/* ---- crc32 (ISO 3309 / ITU-T V.42: reflected polynomial 0xEDB88320) ---- */

/* The CRC of each 4-bit value: two look-ups per byte. */
static const uint32_t crc_nibble[16] = { 0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4,
    0x4db26158, 0x5005713c, 0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278,
    0xbdbdf21c };

static mp_obj_t b_crc32(ARGS) {
    (void)kw;
    const uint8_t *d;
    size_t len;
    if (!mp_get_buffer_copy(a[0], &d, &len)) return MP_OBJ_NULL;
    uint32_t crc = 0;
    if (n > 1) {
        /* Any int, taken modulo 2**32 as CPython does. */
        mp_obj_t v = a[1];
        if (mp_type_of(v) != &mp_type_int && mp_type_of(v) != &mp_type_bool) {
            v = mp_index(v);
            if (v == MP_OBJ_NULL) return v;
        }
        v = mp_binary_op(MPY_BINARY_AND, v, mp_int_from_i64(0xffffffff));
        int64_t c;
        if (v == MP_OBJ_NULL || !mp_arg_i64(v, &c)) return MP_OBJ_NULL;
        crc = (uint32_t)c;
    }
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
    }
    return mp_int_from_i64(~crc & 0xffffffffu);
}

static const mp_builtin_t binascii_fns[] = {
    MP_FN("a2b_base64", b_a2b_base64, 1, 1),
    MP_FN("a2b_hex", b_unhexlify, 1, 1),
    MP_FN_KW("b2a_base64", b_b2a_base64, 1, 1),
    MP_FN_KW("b2a_hex", b_hexlify, 1, 3),
    MP_FN("crc32", b_crc32, 1, 2),
    MP_FN_KW("hexlify", b_hexlify, 1, 3),
    MP_FN("unhexlify", b_unhexlify, 1, 1),
};

bool mp_modbinascii_fill(mp_dict_t *g) {
    return mp_mod_set(g, "Error", (mp_obj_t)&binascii_error) && mp_mod_add_fns(g, binascii_fns, MP_N(binascii_fns));
}
