//! `long`: arbitrary-precision integers (Objects/longobject.c) on `num-bigint`; `repr` adds
//! the `L` suffix, `str` does not.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Floor division and modulo with the sign of the divisor; the divisor is non-zero.
pub fn divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

pub fn repr(v: &BigInt) -> Vec<u8> {
    let mut s = v.to_string().into_bytes();
    s.push(b'L');
    s
}

/// The `int` result of `int(long)` when it fits, as CPython's `long_int` gives.
pub fn to_i64(v: &BigInt) -> Option<i64> {
    v.to_i64()
}

/// `PyLong_AsDouble`; `None` when the value is too large ("long int too large to convert to
/// float").
pub fn to_f64(v: &BigInt) -> Option<f64> {
    let f = v.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

pub fn is_negative(v: &BigInt) -> bool {
    v.is_negative()
}

pub fn is_zero(v: &BigInt) -> bool {
    v.is_zero()
}
