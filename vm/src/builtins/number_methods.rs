//! The named methods of the number types (Objects/intobject.c, longobject.c, floatobject.c,
//! complexobject.c): `bit_length`, `conjugate`, `is_integer`, `as_integer_ratio`, `hex` and
//! the class method `float.fromhex`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::functions::args::unpack;
use super::functions::int_or_long;
use crate::def;
use crate::error::PyResult;
use crate::objects::complex::new_complex;
use crate::objects::{new_bool, new_float, new_int, new_long, new_tuple, Args, MethodDef};
use crate::objects::{ObjRef, Payload};
use crate::runtime::Vm;

pub static INT_METHODS: &[MethodDef] = &[
    def!("bit_length", NoArgs, bit_length),
    def!("conjugate", NoArgs, conjugate),
];

pub static LONG_METHODS: &[MethodDef] = &[
    def!("bit_length", NoArgs, bit_length),
    def!("conjugate", NoArgs, conjugate),
];

pub static FLOAT_METHODS: &[MethodDef] = &[
    def!("as_integer_ratio", NoArgs, as_integer_ratio),
    def!("conjugate", NoArgs, conjugate),
    def!("hex", NoArgs, hex),
    def!("is_integer", NoArgs, is_integer),
];

/// `float.fromhex` binds the type it is looked up on.
pub static FLOAT_CLASS_METHODS: &[MethodDef] = &[def!("fromhex", VarArgs, fromhex)];

pub static COMPLEX_METHODS: &[MethodDef] = &[def!("conjugate", NoArgs, conjugate)];

fn this<'a>(vm: &Vm, me: Option<&'a ObjRef>) -> PyResult<&'a ObjRef> {
    me.ok_or_else(|| vm.system_error("a number method without its number"))
}

/// `int.bit_length()` / `long.bit_length()`: bits of the absolute value.
fn bit_length(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let me = this(vm, me)?;
    let bits = match &me.payload {
        Payload::Int(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Payload::Bool(b) => *b as u64,
        Payload::Long(l) => l.abs().bits(),
        _ => return Err(vm.type_error("bit_length needs an integer")),
    };
    Ok(new_int(bits as i64))
}

/// `conjugate()`: the number itself for int, long and float (as the exact type), the
/// conjugate for complex.
fn conjugate(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let me = this(vm, me)?;
    Ok(match &me.payload {
        Payload::Int(_) | Payload::Long(_) | Payload::Float(_) if me.heap.is_none() => me.clone(),
        Payload::Int(i) => new_int(*i),
        Payload::Bool(b) => new_int(*b as i64),
        Payload::Long(l) => new_long(l.clone()),
        Payload::Float(f) => new_float(*f),
        Payload::Complex(c) => new_complex(c.real, -c.imag),
        _ => return Err(vm.type_error("conjugate needs a number")),
    })
}

fn float_of(vm: &Vm, me: Option<&ObjRef>) -> PyResult<f64> {
    match me.map(|m| &m.payload) {
        Some(Payload::Float(f)) => Ok(*f),
        _ => Err(vm.type_error("a float method needs a float")),
    }
}

/// `float.is_integer()`.
fn is_integer(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let x = float_of(vm, me)?;
    Ok(new_bool(x.is_finite() && x.floor() == x))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms, ints where they fit.
fn as_integer_ratio(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let x = float_of(vm, me)?;
    if x.is_infinite() {
        return Err(vm.overflow_error("Cannot pass infinity to float.as_integer_ratio."));
    }
    if x.is_nan() {
        return Err(vm.value_error("Cannot pass NaN to float.as_integer_ratio."));
    }
    let (mut mantissa, mut exponent) = decompose(x);
    while !mantissa.is_zero() && (&mantissa % 2u8).is_zero() && exponent < 0 {
        mantissa >>= 1u8;
        exponent += 1;
    }
    let (numerator, denominator) = if exponent >= 0 {
        (mantissa << exponent as usize, BigInt::from(1))
    } else {
        (mantissa, BigInt::from(1) << (-exponent) as usize)
    };
    Ok(new_tuple(vec![
        int_or_long(numerator),
        int_or_long(denominator),
    ]))
}

/// A finite float as `mantissa * 2**exponent` with an integer mantissa.
fn decompose(x: f64) -> (BigInt, i64) {
    if x == 0.0 {
        return (BigInt::zero(), 0);
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let raw_exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if raw_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), raw_exponent - 1075)
    };
    (BigInt::from(mantissa) * sign, exponent)
}

/// `float.hex()`: `[-]0xh.hhhhhhhhhhhhhp[+-]d`, as `float_hex` writes it.
fn hex(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let x = float_of(vm, me)?;
    let text = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x < 0.0 { "-inf" } else { "inf" }.to_string()
    } else if x == 0.0 {
        if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_string()
    } else {
        let bits = x.to_bits();
        let raw_exponent = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1u64 << 52) - 1);
        // Normal numbers lead with 1, subnormals with 0 at the smallest exponent.
        let (lead, exponent) = if raw_exponent == 0 {
            (0, -1022)
        } else {
            (1, raw_exponent - 1023)
        };
        let sign = if x < 0.0 { "-" } else { "" };
        let esign = if exponent < 0 { '-' } else { '+' };
        format!("{sign}0x{lead}.{fraction:013x}p{esign}{}", exponent.abs())
    };
    Ok(crate::objects::new_str_from(&text))
}

/// `float.fromhex(s)`: the float closest to a hexadecimal string (`float_fromhex`).
fn fromhex(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "fromhex", 1, 1)?;
    let Some(bytes) = a[0].as_str_bytes() else {
        return Err(vm.type_error("fromhex() argument 1 must be string"));
    };
    let text = String::from_utf8_lossy(bytes).trim().to_ascii_lowercase();
    let invalid = || vm.value_error("invalid hexadecimal floating-point string");
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let signed = |v: f64| new_float(if negative { -v } else { v });
    match body {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (digits, exponent) = match body.split_once('p') {
        Some((d, e)) => (d, e.parse::<i64>().map_err(|_| invalid())?),
        None => (body, 0),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(invalid());
    }
    let mut mantissa = BigInt::zero();
    for c in whole.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mantissa = mantissa * 16u8 + d;
    }
    let scale = exponent - 4 * frac.len() as i64;
    let value = scaled(&mantissa, scale);
    if value.is_infinite() {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(signed(value))
}

/// `mantissa * 2**scale` rounded to the nearest float.
fn scaled(mantissa: &BigInt, scale: i64) -> f64 {
    let m = mantissa.to_f64().unwrap_or(f64::INFINITY);
    let clamped = scale.clamp(-2200, 2200) as i32;
    // Two steps, so an intermediate power of two neither overflows nor underflows early.
    let half = clamped / 2;
    m * 2f64.powi(half) * 2f64.powi(clamped - half)
}
