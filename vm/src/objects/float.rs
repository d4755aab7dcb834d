//! `float`: an IEEE double (Objects/floatobject.c). `repr` is the shortest string that reads
//! back to the same value (format code 'r'), `str` rounds to 12 significant digits ('g').

/// Splits the shortest round-trip form of a finite, non-zero `|v|` into its digits and the
/// position of the decimal point (`decpt`, as `_Py_dg_dtoa` returns it).
fn shortest_digits(v: f64) -> (Vec<u8>, i32) {
    digits_of(&format!("{:e}", v.abs()))
}

/// The digits of `|v|` rounded to `precision` significant digits, trailing zeros removed.
fn rounded_digits(v: f64, precision: usize) -> (Vec<u8>, i32) {
    let (mut digits, decpt) = digits_of(&format!("{:.*e}", precision - 1, v.abs()));
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Parses Rust's `{:e}` output (`d.ddde±x`) into digits and `decpt`.
fn digits_of(sci: &str) -> (Vec<u8>, i32) {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    (digits, exp + 1)
}

/// Lays digits out as CPython's `format_float_short` does, in fixed or exponent notation,
/// always showing a decimal point in fixed notation (`Py_DTSF_ADD_DOT_0`).
fn layout(negative: bool, digits: &[u8], decpt: i32, use_exp: bool) -> Vec<u8> {
    layout_with(negative, digits, decpt, use_exp, true)
}

fn layout_with(
    negative: bool,
    digits: &[u8],
    decpt: i32,
    use_exp: bool,
    add_dot_0: bool,
) -> Vec<u8> {
    let mut out = Vec::new();
    if negative {
        out.push(b'-');
    }
    if use_exp {
        out.push(digits[0]);
        if digits.len() > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits[1..]);
        }
        let exp = decpt - 1;
        out.extend_from_slice(
            format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()).as_bytes(),
        );
    } else if decpt <= 0 {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', (-decpt) as usize));
        out.extend_from_slice(digits);
    } else if decpt as usize >= digits.len() {
        out.extend_from_slice(digits);
        out.extend(std::iter::repeat_n(b'0', decpt as usize - digits.len()));
        if add_dot_0 {
            out.extend_from_slice(b".0");
        }
    } else {
        out.extend_from_slice(&digits[..decpt as usize]);
        out.push(b'.');
        out.extend_from_slice(&digits[decpt as usize..]);
    }
    out
}

fn special(v: f64) -> Option<Vec<u8>> {
    if v.is_nan() {
        Some(b"nan".to_vec())
    } else if v.is_infinite() {
        Some(if v > 0.0 {
            b"inf".to_vec()
        } else {
            b"-inf".to_vec()
        })
    } else if v == 0.0 {
        Some(if v.is_sign_negative() {
            b"-0.0".to_vec()
        } else {
            b"0.0".to_vec()
        })
    } else {
        None
    }
}

/// `repr(float)`: format code 'r'; exponent notation when `decpt` is below -3 or above 16.
pub fn repr(v: f64) -> Vec<u8> {
    if let Some(s) = special(v) {
        return s;
    }
    let (digits, decpt) = shortest_digits(v);
    layout(v < 0.0, &digits, decpt, !(-4 < decpt && decpt <= 16))
}

/// Format code 'r' without `Py_DTSF_ADD_DOT_0`, as `complex` prints its parts.
pub fn repr_bare(v: f64) -> Vec<u8> {
    if let Some(s) = special(v) {
        return if v == 0.0 {
            s[..s.len() - 2].to_vec()
        } else {
            s
        };
    }
    let (digits, decpt) = shortest_digits(v);
    layout_with(v < 0.0, &digits, decpt, !(-4 < decpt && decpt <= 16), false)
}

/// `str(float)`: `%.12g` plus a `.0` where the result would look like an int.
pub fn str(v: f64) -> Vec<u8> {
    format_g(v, 12)
}

/// The `%.Ng` layout with `Py_DTSF_ADD_DOT_0` (used by `str` and by `%g`-style formatting).
pub fn format_g(v: f64, precision: usize) -> Vec<u8> {
    if let Some(s) = special(v) {
        return s;
    }
    let precision = precision.max(1);
    let (digits, decpt) = rounded_digits(v, precision);
    layout(
        v < 0.0,
        &digits,
        decpt,
        // With `Py_DTSF_ADD_DOT_0` the exponent starts one digit earlier (format_float_short).
        decpt < -3 || decpt > precision as i32 - 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: f64) -> String {
        String::from_utf8(repr(v)).unwrap()
    }
    fn s(v: f64) -> String {
        String::from_utf8(str(v)).unwrap()
    }

    #[test]
    fn repr_matches_python_2_7() {
        assert_eq!(r(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(r(1e16), "1e+16");
        assert_eq!(r(1e15), "1000000000000000.0");
        assert_eq!(r(-0.0), "-0.0");
        assert_eq!(r(0.0001), "0.0001");
        assert_eq!(r(0.00001), "1e-05");
        assert_eq!(r(1.5), "1.5");
        assert_eq!(r(123.0), "123.0");
        assert_eq!(r(1e-300), "1e-300");
        assert_eq!(r(2.5e20), "2.5e+20");
    }

    #[test]
    fn str_rounds_to_twelve_digits() {
        assert_eq!(s(0.1 + 0.2), "0.3");
        assert_eq!(s(1.0 / 3.0), "0.333333333333");
        assert_eq!(s(1e16), "1e+16");
        assert_eq!(s(12345678901.0), "12345678901.0");
        assert_eq!(s(123456789012.0), "1.23456789012e+11");
        assert_eq!(s(1234567890123.0), "1.23456789012e+12");
        assert_eq!(s(0.0001), "0.0001");
        assert_eq!(s(0.00001), "1e-05");
    }
}
