//! `math` (Modules/mathmodule.c): the C library's functions on floats, with CPython's
//! checks turning a NaN from a number into "math domain error" and an overflow into
//! "math range error". Not implemented yet: `erf`, `erfc`, `gamma`, `lgamma` (CPython uses
//! its own approximations of them).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::unpack;
use crate::builtins::functions::{int_or_long, to_f64};
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_bool, new_float, new_int, new_str_from, Args, MethodDef, ObjRef};
use crate::objects::{new_tuple, Payload};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "math",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: Some(init),
};

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    vm.dict_set(dict, new_str_from("pi"), new_float(std::f64::consts::PI))?;
    vm.dict_set(dict, new_str_from("e"), new_float(std::f64::consts::E))
}

/// A one-argument function of `math_1`: `can_overflow` says whether an infinite result from
/// a finite argument is a range error (else a domain error).
macro_rules! func1 {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
            let x = to_f64(vm, &a.pos[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, f(x), x.is_nan(), x.is_finite(), $can_overflow)
        }
    };
}

/// A two-argument function of `math_2`.
macro_rules! func2 {
    ($name:ident, $label:literal, $f:expr) => {
        fn $name(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
            let (x, y) = two_floats(vm, &a, $label)?;
            let f: fn(f64, f64) -> f64 = $f;
            let r = f(x, y);
            checked(
                vm,
                r,
                x.is_nan() || y.is_nan(),
                x.is_finite() && y.is_finite(),
                true,
            )
        }
    };
}

func1!(acos, f64::acos, false);
func1!(acosh, f64::acosh, false);
func1!(asin, f64::asin, false);
func1!(asinh, f64::asinh, false);
func1!(atan, f64::atan, false);
func2!(atan2, "atan2", f64::atan2);
func1!(atanh, f64::atanh, false);
func1!(ceil, f64::ceil, false);
func2!(copysign, "copysign", f64::copysign);
func1!(cos, f64::cos, false);
func1!(cosh, f64::cosh, true);
func1!(exp, f64::exp, true);
func1!(expm1, f64::exp_m1, true);
func1!(fabs, f64::abs, false);
func1!(floor, f64::floor, false);
func1!(log1p, f64::ln_1p, true);
func1!(sin, f64::sin, false);
func1!(sinh, f64::sinh, true);
func1!(sqrt, f64::sqrt, false);
func1!(tan, f64::tan, false);
func1!(tanh, f64::tanh, false);

static FUNCTIONS: &[MethodDef] = &[
    def!("acos", O, acos),
    def!("acosh", O, acosh),
    def!("asin", O, asin),
    def!("asinh", O, asinh),
    def!("atan", O, atan),
    def!("atan2", VarArgs, atan2),
    def!("atanh", O, atanh),
    def!("ceil", O, ceil),
    def!("copysign", VarArgs, copysign),
    def!("cos", O, cos),
    def!("cosh", O, cosh),
    def!("degrees", O, degrees),
    def!("exp", O, exp),
    def!("expm1", O, expm1),
    def!("fabs", O, fabs),
    def!("factorial", O, factorial),
    def!("floor", O, floor),
    def!("fmod", VarArgs, fmod),
    def!("frexp", O, frexp),
    def!("fsum", O, fsum),
    def!("hypot", VarArgs, hypot),
    def!("isinf", O, isinf),
    def!("isnan", O, isnan),
    def!("ldexp", VarArgs, ldexp),
    def!("log", VarArgs, log),
    def!("log1p", O, log1p),
    def!("log10", O, log10),
    def!("modf", O, modf),
    def!("pow", VarArgs, pow),
    def!("radians", O, radians),
    def!("sin", O, sin),
    def!("sinh", O, sinh),
    def!("sqrt", O, sqrt),
    def!("tan", O, tan),
    def!("tanh", O, tanh),
    def!("trunc", O, trunc),
];

/// `is_error` after `math_1`/`math_2` set errno from the result.
fn checked(
    vm: &Vm,
    r: f64,
    arg_nan: bool,
    args_finite: bool,
    can_overflow: bool,
) -> PyResult<ObjRef> {
    if r.is_nan() && !arg_nan {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && args_finite {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(new_float(r))
}

fn domain_error(vm: &Vm) -> crate::error::PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &Vm) -> crate::error::PyErr {
    vm.overflow_error("math range error")
}

fn two_floats(vm: &Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    let args = unpack(vm, a, name, 2, 2)?;
    Ok((to_f64(vm, &args[0])?, to_f64(vm, &args[1])?))
}

fn degrees(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_float(
        to_f64(vm, &a.pos[0])? * (180.0 / std::f64::consts::PI),
    ))
}

fn radians(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_float(
        to_f64(vm, &a.pos[0])? * (std::f64::consts::PI / 180.0),
    ))
}

fn isinf(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_bool(to_f64(vm, &a.pos[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_bool(to_f64(vm, &a.pos[0])?.is_nan()))
}

/// `math_fmod`: an infinite divisor leaves a finite dividend as it is.
fn fmod(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(new_float(r))
}

/// `math_hypot`: infinities win over NaNs.
fn hypot(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (x, y) = two_floats(vm, &a, "hypot")?;
    if x.is_infinite() || y.is_infinite() {
        return Ok(new_float(f64::INFINITY));
    }
    if x.is_nan() || y.is_nan() {
        return Ok(new_float(f64::NAN));
    }
    let r = x.hypot(y);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(new_float(r))
}

/// `math_pow`: C99's special cases, then errno from the result.
fn pow(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else {
            x.powf(y)
        };
        return Ok(new_float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error(vm)
        } else {
            range_error(vm)
        });
    }
    Ok(new_float(r))
}

/// `math_frexp`: mantissa in [0.5, 1) and exponent.
fn frexp(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, &a.pos[0])?;
    let (m, e) = split_exponent(x);
    Ok(new_tuple(vec![new_float(m), new_int(e as i64)]))
}

fn split_exponent(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = split_exponent(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `math_ldexp`: a long exponent saturates to an overflow or an underflow.
fn ldexp(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "ldexp", 2, 2)?;
    let x = to_f64(vm, &args[0])?;
    let exp: BigInt = match &args[1].payload {
        Payload::Int(i) => BigInt::from(*i),
        Payload::Bool(b) => BigInt::from(*b as i64),
        Payload::Long(l) => l.clone(),
        _ => return Err(vm.type_error("Expected an int or long as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    let e = exp.to_i64().unwrap_or(if exp.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    let e = e.clamp(-2200, 2200) as i32;
    let r = x * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(new_float(r))
}

/// `math_modf`: fractional and integral parts, both floats with the argument's sign.
fn modf(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let x = to_f64(vm, &a.pos[0])?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(new_tuple(vec![new_float(frac), new_float(int)]))
}

/// `loghelper`: longs too big for a float are logged through their bit length.
fn log_of(vm: &Vm, arg: &ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Payload::Long(v) = &arg.payload {
        if !v.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(x) = crate::objects::long::to_f64(v).filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let shift = v.bits().saturating_sub(53);
        let top: BigInt = v >> shift;
        let x = top.to_f64().unwrap_or(f64::MAX);
        return Ok(f(x) + (shift as f64) * f(2.0));
    }
    let x = to_f64(vm, arg)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(r)
}

fn log(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "log", 1, 2)?;
    let num = log_of(vm, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(new_float(num)),
        Some(base) => {
            let den = log_of(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(new_float(num / den))
        }
    }
}

fn log10(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_float(log_of(vm, &a.pos[0], f64::log10)?))
}

/// `math_trunc`: the number's `__trunc__`.
fn trunc(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let x = &a.pos[0];
    match &x.payload {
        Payload::Int(_) | Payload::Long(_) => Ok(x.clone()),
        Payload::Bool(b) => Ok(new_int(*b as i64)),
        Payload::Float(f) => crate::builtins::constructors::float_to_integer(vm, *f),
        _ => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        ))),
    }
}

/// `math_factorial`: integral floats are accepted; the product is built up one int at a
/// time, as CPython multiplies.
fn factorial(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let arg = &a.pos[0];
    let x = match &arg.payload {
        Payload::Float(f) => {
            if !(f.is_finite() && *f == f.floor()) {
                return Err(vm.value_error("factorial() only accepts integral values"));
            }
            if f.abs() >= 9.3e18 {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            }
            *f as i64
        }
        _ => crate::builtins::functions::args::int_arg(vm, arg)?,
    };
    if x < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    vm.check_alloc((x as u128).saturating_mul(8))?;
    let mut result = BigInt::from(1);
    for i in 1..=x {
        result *= i;
        if i & 0x3ff == 0 {
            vm.step()?;
        }
    }
    Ok(int_or_long(result))
}

/// `math_fsum`: Shewchuk's exact partial sums, rounded once at the end.
fn fsum(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let it = vm.get_iter(&a.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.iter_next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let original = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if original.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    let mut hi = 0.0f64;
    if !partials.is_empty() {
        let mut n = partials.len() - 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(new_float(hi))
}
