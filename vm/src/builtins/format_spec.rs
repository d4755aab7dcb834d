//! The format-specification mini-language of `format()`, `__format__` and `str.format`
//! (Objects/stringlib/formatter.h): `[[fill]align][sign][#][0][width][,][.precision][type]`
//! for `str`, `unicode`, `int`, `long`, `bool` and `float`, with CPython's messages. Other
//! objects are formatted as their `str()` or `unicode()` (`object.__format__`), by the kind of
//! the spec.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::code_unit::CodeUnit;
use super::format::format_float;
use super::unicode_methods::{coerce, decode_ascii};
use crate::error::PyResult;
use crate::objects::unicode::new_unicode;
use crate::objects::{self, new_str, ObjRef, Payload};
use crate::runtime::Vm;

/// A parsed format spec (`InternalFormatSpec`) of a `str` (`U = u8`) or `unicode` spec.
struct Spec<U = u8> {
    fill: U,
    /// `<`, `>`, `=`, `^`, or 0 for the type's default.
    align: u8,
    /// `+`, `-`, ` `, or 0.
    sign: u8,
    alternate: bool,
    width: Option<usize>,
    thousands: bool,
    precision: Option<usize>,
    /// The presentation type, 0 when absent.
    kind: U,
}

/// The alignment character `c` is, if it is one.
fn align_of<U: CodeUnit>(c: U) -> Option<u8> {
    c.ascii().filter(|c| matches!(c, b'<' | b'>' | b'=' | b'^'))
}

/// `parse_internal_render_format_spec`.
fn parse<U: CodeUnit>(
    vm: &Vm,
    spec: &[U],
    default_type: u8,
    default_align: u8,
) -> PyResult<Spec<U>> {
    let mut s = Spec {
        fill: U::from(b' '),
        align: default_align,
        sign: 0,
        alternate: false,
        width: None,
        thousands: false,
        precision: None,
        kind: U::from(default_type),
    };
    let mut i = 0;
    let mut fill_given = false;
    let mut align_given = false;
    let at = |i: usize| spec.get(i).and_then(|c| c.ascii());
    if let Some(align) = spec.get(1).copied().and_then(align_of) {
        s.fill = spec[0];
        s.align = align;
        fill_given = true;
        align_given = true;
        i = 2;
    } else if let Some(align) = spec.first().copied().and_then(align_of) {
        s.align = align;
        align_given = true;
        i = 1;
    }
    if let Some(c @ (b'+' | b'-' | b' ')) = at(i) {
        s.sign = c;
        i += 1;
    }
    if at(i) == Some(b'#') {
        s.alternate = true;
        i += 1;
    }
    if !fill_given && at(i) == Some(b'0') {
        s.fill = U::from(b'0');
        if !align_given {
            s.align = b'=';
        }
    }
    let too_big = || vm.value_error("Too many decimal digits in format string");
    let read_number = |i: &mut usize| -> PyResult<Option<usize>> {
        let start = *i;
        let mut n: usize = 0;
        while let Some(d) = spec.get(*i).and_then(|c| c.digit()) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|n| *n <= i64::MAX as usize)
                .ok_or_else(too_big)?;
            *i += 1;
        }
        Ok((*i > start).then_some(n))
    };
    s.width = read_number(&mut i)?;
    if at(i) == Some(b',') {
        s.thousands = true;
        i += 1;
    }
    if at(i) == Some(b'.') {
        i += 1;
        s.precision = read_number(&mut i)?;
        if s.precision.is_none() {
            return Err(vm.value_error("Format specifier missing precision"));
        }
    }
    if spec.len() - i > 1 {
        return Err(vm.value_error("Invalid conversion specification"));
    }
    if let Some(&c) = spec.get(i) {
        s.kind = c;
    }
    if s.thousands {
        match s.kind.ascii() {
            Some(b'd' | b'e' | b'f' | b'g' | b'E' | b'G' | b'%' | b'F' | 0) => {}
            _ => {
                let msg = [b"Cannot specify ',' with '", &shown_code(s.kind)[..], b"'."].concat();
                return Err(vm.err_obj(&vm.types.exc.value_error, new_str(msg)));
            }
        }
    }
    Ok(s)
}

/// A presentation type as formatter.h's messages show it: a byte as it is (`%c`), a code
/// point as itself when printable ASCII, else `\x..`.
fn shown_code<U: CodeUnit>(code: U) -> Vec<u8> {
    let v: u32 = code.into();
    if U::BYTE || (33..128).contains(&v) {
        vec![v as u8]
    } else {
        format!("\\x{v:x}").into_bytes()
    }
}

fn unknown_code<U: CodeUnit>(vm: &Vm, code: U, type_name: &str) -> crate::error::PyErr {
    let msg = [
        b"Unknown format code '",
        &shown_code(code)[..],
        format!("' for object of type '{type_name}'").as_bytes(),
    ]
    .concat();
    vm.err_obj(&vm.types.exc.value_error, new_str(msg))
}

/// Refuses a width whose padding alone would pass the memory limit.
fn check_width<U: CodeUnit>(vm: &Vm, s: &Spec<U>) -> PyResult<()> {
    let width = s.width.unwrap_or(0) as u128;
    vm.check_alloc(width * std::mem::size_of::<U>() as u128)
}

/// Pads `body` to the width with the fill, by the alignment.
fn align<U: CodeUnit>(body: &[U], s: &Spec<U>) -> Vec<U> {
    let width = s.width.unwrap_or(0);
    let len = body.len();
    if len >= width {
        return body.to_vec();
    }
    let total = width - len;
    let (left, right) = match s.align {
        b'>' => (total, 0),
        b'^' => (total / 2, total - total / 2),
        _ => (0, total),
    };
    let mut out = vec![s.fill; left];
    out.extend_from_slice(body);
    out.extend(std::iter::repeat_n(s.fill, right));
    out
}

/// `format_string_internal`.
fn format_str<U: CodeUnit>(vm: &Vm, value: &[U], s: &Spec<U>) -> PyResult<Vec<U>> {
    if s.sign != 0 {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if s.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == b'=' {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let value = match s.precision {
        Some(p) if p < value.len() => &value[..p],
        _ => value,
    };
    check_width(vm, s)?;
    Ok(align(value, s))
}

/// Inserts `,` every three digits; with zero fill, pads with zeros (and separators) up to
/// `min_width`, as `_PyString_InsertThousandsGrouping` does.
fn group(digits: &[u8], min_width: usize, zero_fill: bool) -> Vec<u8> {
    let grouped = |d: &[u8]| -> Vec<u8> {
        let mut out = Vec::with_capacity(d.len() + d.len() / 3);
        for (i, c) in d.iter().enumerate() {
            if i > 0 && (d.len() - i).is_multiple_of(3) {
                out.push(b',');
            }
            out.push(*c);
        }
        out
    };
    let mut d = digits.to_vec();
    let mut out = grouped(&d);
    while zero_fill && out.len() < min_width {
        d.insert(0, b'0');
        out = grouped(&d);
    }
    out
}

/// The sign, prefix and digits of a number laid out by the spec (`fill_number`): with `=`
/// the padding goes between the sign/prefix and the digits.
fn layout_number(negative: bool, prefix: &[u8], digits: &[u8], suffix: &[u8], s: &Spec) -> Vec<u8> {
    let sign: &[u8] = match (negative, s.sign) {
        (true, _) => b"-",
        (false, b'+') => b"+",
        (false, b' ') => b" ",
        _ => b"",
    };
    let lead = sign.len() + prefix.len();
    let width = s.width.unwrap_or(0);
    let zero_pad = s.align == b'=' && s.fill == b'0';
    let digits = if s.thousands {
        let min = width.saturating_sub(lead + suffix.len());
        let (int_part, rest) = split_int_part(digits);
        let mut g = group(int_part, min.saturating_sub(rest.len()), zero_pad);
        g.extend_from_slice(rest);
        g
    } else {
        digits.to_vec()
    };
    let mut body: Vec<u8> = [sign, prefix].concat();
    let used = lead + digits.len() + suffix.len();
    if s.align == b'=' && used < width {
        body.extend(std::iter::repeat_n(s.fill, width - used));
        body.extend_from_slice(&digits);
        body.extend_from_slice(suffix);
        return body;
    }
    body.extend_from_slice(&digits);
    body.extend_from_slice(suffix);
    align(&body, s)
}

/// The leading run of digits (the integer part) and the rest.
fn split_int_part(digits: &[u8]) -> (&[u8], &[u8]) {
    let end = digits
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits.split_at(end)
}

/// `format_int_or_long_internal`.
fn format_integer(vm: &mut Vm, v: &BigInt, s: &Spec, type_name: &str) -> PyResult<Vec<u8>> {
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    let (radix, prefix): (u32, &[u8]) = match s.kind {
        b'b' => (2, b"0b"),
        b'o' => (8, b"0o"),
        b'x' => (16, b"0x"),
        b'X' => (16, b"0X"),
        b'd' | b'n' | 0 => (10, b""),
        b'c' => {
            if s.sign != 0 {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let code = num_traits::ToPrimitive::to_i64(v).unwrap_or(-1);
            let Ok(byte) = u8::try_from(code) else {
                return Err(vm.overflow_error("%c arg not in range(0x100)"));
            };
            return Ok(align(&[byte], s));
        }
        other => return Err(unknown_code(vm, other, type_name)),
    };
    let mut digits = v.abs().to_str_radix(radix).into_bytes();
    if s.kind == b'X' {
        digits.make_ascii_uppercase();
    }
    let prefix: &[u8] = if s.alternate { prefix } else { b"" };
    check_width(vm, s)?;
    Ok(layout_number(v.is_negative(), prefix, &digits, b"", s))
}

/// `format_float_internal`.
fn format_float_spec(vm: &mut Vm, x: f64, s: &Spec, type_name: &str) -> PyResult<Vec<u8>> {
    if s.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in float format specifier"));
    }
    let (mut x, mut suffix): (f64, &[u8]) = (x, b"");
    let body = match s.kind {
        0 if s.precision.is_none() => objects::float::repr(x.abs()),
        0 => {
            let mut b = format_float(x.abs(), b'g', s.precision.unwrap_or(0).max(1), false);
            if b.iter().all(|c| c.is_ascii_digit()) {
                b.extend_from_slice(b".0");
            }
            b
        }
        b'%' => {
            x *= 100.0;
            suffix = b"%";
            format_float(x.abs(), b'f', s.precision.unwrap_or(6), false)
        }
        b'n' => format_float(x.abs(), b'g', s.precision.unwrap_or(6), false),
        c @ (b'e' | b'E' | b'f' | b'F' | b'g' | b'G') => {
            format_float(x.abs(), c, s.precision.unwrap_or(6), false)
        }
        other => return Err(unknown_code(vm, other, type_name)),
    };
    let negative = x.is_sign_negative() && !x.is_nan();
    check_width(vm, s)?;
    Ok(layout_number(negative, b"", &body, suffix, s))
}

/// `format(value, spec)` for the built-in types (`PyObject_Format` → `__format__`).
pub fn format_value(vm: &mut Vm, value: &ObjRef, spec: &[u8]) -> PyResult<ObjRef> {
    let type_name = vm.type_name(value);
    let out = match &value.payload {
        Payload::Unicode(_) => {
            // `unicode.__format__` takes the spec as unicode and gives unicode.
            let spec = decode_ascii(vm, spec)?;
            return Ok(new_unicode(format_value_unicode(vm, value, &spec)?));
        }
        Payload::Str(text) => {
            let s = parse(vm, spec, b's', b'<')?;
            if s.kind != b's' {
                return Err(unknown_code(vm, s.kind, &type_name));
            }
            format_str(vm, text.as_bytes(), &s)?
        }
        Payload::Int(_) | Payload::Long(_) | Payload::Bool(_) => {
            if spec.is_empty() {
                return Ok(new_str(vm.to_str(value)?));
            }
            let s = parse(vm, spec, b'd', b'>')?;
            let v = super::functions::args::as_bigint(value).unwrap_or_else(BigInt::zero);
            match s.kind {
                b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' => {
                    let x = num_traits::ToPrimitive::to_f64(&v).unwrap_or(f64::INFINITY);
                    format_float_spec(vm, x, &s, &type_name)?
                }
                _ => format_integer(vm, &v, &s, &type_name)?,
            }
        }
        Payload::Float(x) => {
            if spec.is_empty() {
                return Ok(new_str(vm.to_str(value)?));
            }
            let s = parse(vm, spec, 0, b'>')?;
            format_float_spec(vm, *x, &s, &type_name)?
        }
        _ => {
            let text = vm.to_str(value)?;
            let s = parse(vm, spec, b's', b'<')?;
            if s.kind != b's' {
                return Err(unknown_code(vm, s.kind, "str"));
            }
            format_str(vm, &text, &s)?
        }
    };
    Ok(new_str(out))
}

/// `format(value, spec)` with a unicode spec (`PyObject_Format`): a unicode value formatted
/// by the unicode spec; a `str` or a number by the spec encoded to ASCII, its result decoded;
/// anything else as its unicode text (`object.__format__` with a unicode spec).
pub fn format_value_unicode(vm: &mut Vm, value: &ObjRef, spec: &[u32]) -> PyResult<Vec<u32>> {
    match &value.payload {
        Payload::Unicode(text) => {
            let s = parse(vm, spec, b's', b'<')?;
            if !s.kind.is(b's') {
                return Err(unknown_code(vm, s.kind, &vm.type_name(value)));
            }
            format_str(vm, text.chars(), &s)
        }
        Payload::Str(_)
        | Payload::Int(_)
        | Payload::Long(_)
        | Payload::Bool(_)
        | Payload::Float(_) => {
            let byte_spec = vm.encode_default(spec)?;
            let formatted = format_value(vm, value, &byte_spec)?;
            coerce(vm, &formatted)
        }
        _ => {
            let text = new_unicode(vm.to_unicode(value)?);
            format_value_unicode(vm, &text, spec)
        }
    }
}
