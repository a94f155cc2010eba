/* Unicode case mapping for str: the generated tables (unicase.c) and their
 * lookups (objstr_case.c). Code points outside the covered blocks have no case
 * beyond ASCII. */
#ifndef MPY_UNICASE_H
#define MPY_UNICASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mpy/obj.h"

/* Every stride-th code point in [first, last] maps to (cp + delta) mod 2**16. */
typedef struct {
    uint16_t first, last, delta;
    uint8_t stride;
} mp_case_run_t;
/* kind 0 upper, 1 lower, 2 title: a mapping to the UTF-8 text `to`. */
typedef struct {
    uint16_t cp;
    uint8_t kind;
    char to[8];
} mp_case_special_t;

/* Every stride-th code point in [first, last] is in the set. */
typedef struct {
    uint16_t first, last;
    uint8_t stride;
} mp_case_set_t;

extern const mp_case_run_t mp_case_upper_runs[], mp_case_lower_runs[];
extern const mp_case_set_t mp_case_lower_set[], mp_case_upper_set[];
extern const size_t mp_case_lower_set_count, mp_case_upper_set_count;
extern const size_t mp_case_upper_count, mp_case_lower_count;
extern const mp_case_special_t mp_case_specials[];
extern const size_t mp_case_special_count;

enum { MP_CASE_UPPER, MP_CASE_LOWER, MP_CASE_TITLE };

/* The simple (one code point) upper or lower mapping of c; c if none. */
uint32_t mp_case_simple(uint32_t c, int kind);
/* The full mapping of c as UTF-8 when it is not one code point (or, for
 * title case, when it differs from upper case); NULL otherwise. */
const char *mp_case_special(uint32_t c, int kind);
bool mp_case_is_lower(uint32_t c); /* Unicode lowercase (Ll, Other_Lowercase) */
bool mp_case_is_upper(uint32_t c); /* Unicode uppercase (Lu, Other_Uppercase) */

/* str methods (objstr_case.c): mode is one of MP_MAP_*; self must be a str. */
enum { MP_MAP_UPPER, MP_MAP_LOWER, MP_MAP_SWAP, MP_MAP_CAPITALIZE, MP_MAP_TITLE };
mp_obj_t mp_str_map_case(mp_obj_t self, int mode);
mp_obj_t mp_str_is_cased(mp_obj_t self, bool want_upper); /* isupper() / islower() */

#endif
