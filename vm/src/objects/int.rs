//! `int`: a machine `long` (64 bits here) whose arithmetic overflows into `long`
//! (Objects/intobject.c). Each function returns `None` where CPython's int slot would give up
//! and let the `long` implementation redo the operation.

/// `i_divmod`: floor division and modulo with the sign of the divisor; `None` on overflow
/// (`-sys.maxint-1 / -1`). The divisor is non-zero.
pub fn divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    if y == -1 && x == i64::MIN {
        return None;
    }
    let mut q = x / y;
    let mut r = x - q * y;
    if r != 0 && ((y ^ r) < 0) {
        r += y;
        q -= 1;
    }
    Some((q, r))
}

/// `int_pow` without a modulus, for a non-negative exponent; `None` on overflow.
pub fn pow(base: i64, exp: i64) -> Option<i64> {
    let mut result: i64 = 1;
    let mut base = base;
    let mut exp = exp;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result.checked_mul(base)?;
        }
        exp >>= 1;
        if exp == 0 {
            break;
        }
        base = base.checked_mul(base)?;
    }
    Some(result)
}

/// `int_lshift` for a non-negative count; `None` when the result needs a long.
pub fn lshift(a: i64, b: i64) -> Option<i64> {
    if a == 0 || b == 0 {
        return Some(a);
    }
    if b >= 64 {
        return None;
    }
    let c = a << b;
    if c >> b != a {
        return None;
    }
    Some(c)
}

/// `int_rshift` for a non-negative count.
pub fn rshift(a: i64, b: i64) -> i64 {
    if b >= 64 {
        if a < 0 {
            -1
        } else {
            0
        }
    } else {
        a >> b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_follows_the_divisor_sign() {
        assert_eq!(divmod(7, 2), Some((3, 1)));
        assert_eq!(divmod(-7, 2), Some((-4, 1)));
        assert_eq!(divmod(7, -2), Some((-4, -1)));
        assert_eq!(divmod(-7, -2), Some((3, -1)));
        assert_eq!(divmod(i64::MIN, -1), None);
        assert_eq!(pow(2, 62), Some(1 << 62));
        assert_eq!(pow(2, 63), None);
        assert_eq!(lshift(1, 62), Some(1 << 62));
        assert_eq!(lshift(1, 63), None);
        assert_eq!(rshift(-5, 100), -1);
    }
}
