//! Calling a built-in type: `int(x)`, `list(seq)`, `enumerate(seq)`, … (each type's
//! `tp_new`), with CPython's parsing rules for `int`, `long` and `float` literals and its
//! messages. Also the iterators `enumerate`, `reversed` and `iter(f, sentinel)` make, whose
//! `next` may run Python code.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::functions::args::{as_bigint, int_arg};
use super::functions::{bind_keywords, int_or_long};
use super::unicode_methods::encode_decimal;
use crate::error::{PyErr, PyResult};
use crate::objects::iter::{IterState, SeqKind};
use crate::objects::xrange::{len_of_range, PyXrange};
use crate::objects::{
    self, is, new_bool, new_float, new_int, new_list, new_long, new_str, new_tuple, Args, ObjRef,
    Payload, PyObject,
};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub fn new_iter(state: IterState) -> ObjRef {
    PyObject::new(Payload::Iter(RefCell::new(state)))
}

/// Dispatches on which built-in type is being called.
pub fn construct(
    vm: &mut Vm,
    ty: &ObjRef,
    args: &[ObjRef],
    kw: &[(ObjRef, ObjRef)],
) -> PyResult<ObjRef> {
    let a = Args { pos: args, kw };
    let t = &vm.types;
    let ctor: fn(&mut Vm, Args) -> PyResult<ObjRef> = if is(ty, &t.int) {
        make_int
    } else if is(ty, &t.long) {
        make_long
    } else if is(ty, &t.float) {
        make_float
    } else if is(ty, &t.str_) {
        make_str
    } else if is(ty, &t.complex) {
        make_complex
    } else if is(ty, &t.unicode) {
        make_unicode
    } else if is(ty, &t.bool_) {
        make_bool
    } else if is(ty, &t.list) {
        make_list
    } else if is(ty, &t.tuple) {
        make_tuple
    } else if is(ty, &t.dict) {
        make_dict
    } else if is(ty, &t.set) {
        make_set
    } else if is(ty, &t.frozenset) {
        make_frozenset
    } else if is(ty, &t.type_) {
        make_type
    } else if is(ty, &t.enumerate) {
        make_enumerate
    } else if is(ty, &t.reversed) {
        make_reversed
    } else if is(ty, &t.bytearray) {
        super::bytearray_methods::make_bytearray
    } else if is(ty, &t.xrange) {
        make_xrange
    } else if is(ty, &t.slice) {
        make_slice
    } else if is(ty, &t.code) {
        super::code_constructors::make_code
    } else if is(ty, &t.function) {
        super::code_constructors::make_function
    } else if t.named_iterators.iter().any(|n| is(n, ty)) {
        // The iterator types have no `tp_new`.
        let name = ty.as_type().map(|t| t.name.clone()).unwrap_or_default();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    } else {
        let name = ty.as_type().map(|t| t.name.clone()).unwrap_or_default();
        return Err(PyErr::unsupported(format!("calling the type {name}")));
    };
    ctor(vm, a)
}

/// The single optional argument most constructors take, by position or by `name`.
fn one_arg(vm: &Vm, a: &Args, func: &str, name: &str) -> PyResult<Option<ObjRef>> {
    Ok(bind_keywords(vm, a, func, &[name])?.pop().flatten())
}

fn no_keywords(vm: &Vm, a: &Args, func: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{func}() does not take keyword arguments")))
    }
}

// ----- numbers -------------------------------------------------------------------------------

/// `int(x=0, base=10)`.
fn make_int(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, &a, "int", &["x", "base"])?;
    to_integer(vm, b[0].as_ref(), b[1].as_ref(), "int")
}

/// `long(x=0, base=10)`: as `int`, but always a long.
fn make_long(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, &a, "long", &["x", "base"])?;
    let v = to_integer(vm, b[0].as_ref(), b[1].as_ref(), "long")?;
    Ok(match as_bigint(&v) {
        Some(n) if !matches!(v.payload, Payload::Long(_)) => new_long(n),
        _ => v,
    })
}

fn to_integer(
    vm: &mut Vm,
    x: Option<&ObjRef>,
    base: Option<&ObjRef>,
    func: &str,
) -> PyResult<ObjRef> {
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error(format!("{func}() missing string argument")));
        }
        return Ok(new_int(0));
    };
    if base.is_none() {
        let (method, expected) = if func == "long" {
            ("__long__", "long")
        } else {
            ("__int__", "int")
        };
        let integer =
            |p: &Payload| matches!(p, Payload::Int(_) | Payload::Long(_) | Payload::Bool(_));
        if let Some(r) = vm.user_conversion(x, method, integer, expected)? {
            return Ok(r);
        }
    }
    if let Some(base) = base {
        let base = int_arg(vm, base)?;
        return match &x.payload {
            Payload::Str(s) => parse_integer(vm, s.as_bytes(), base, func),
            Payload::Unicode(u) => {
                let bytes = encode_decimal(vm, u.chars())?;
                parse_integer(vm, &bytes, base, func)
            }
            _ => Err(vm.type_error(format!(
                "{func}() can't convert non-string with explicit base"
            ))),
        };
    }
    match &x.payload {
        Payload::Int(i) => Ok(new_int(*i)),
        Payload::Bool(b) => Ok(new_int(*b as i64)),
        Payload::Long(l) => Ok(int_or_long(l.clone())),
        Payload::Float(f) => float_to_integer(vm, *f),
        Payload::Str(s) => parse_integer(vm, s.as_bytes(), 10, func),
        Payload::Unicode(u) => {
            let bytes = encode_decimal(vm, u.chars())?;
            parse_integer(vm, &bytes, 10, func)
        }
        // `complex_int` / `complex_long`: the number slot exists and refuses.
        Payload::Complex(_) => Err(vm.type_error(format!("can't convert complex to {func}"))),
        _ => Err(vm.type_error(format!(
            "{func}() argument must be a string or a number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// `float.__int__`: truncation toward zero, a long when it does not fit.
pub(crate) fn float_to_integer(vm: &Vm, f: f64) -> PyResult<ObjRef> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    Ok(match num_traits::FromPrimitive::from_f64(t) {
        Some(n) => int_or_long(n),
        None => new_int(0),
    })
}

/// `PyInt_FromString`/`PyLong_FromString`: whitespace, a sign, a base prefix (base 0 reads
/// Python literal rules), digits, and for `long` an optional `L`.
fn parse_integer(vm: &Vm, s: &[u8], base: i64, func: &str) -> PyResult<ObjRef> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error(format!("{func}() base must be >= 2 and <= 36, or 0")));
    }
    let invalid = || {
        let shown = &s[..s.len().min(200)];
        let r = objects::str::repr(shown);
        let mut msg = format!("invalid literal for {func}() with base {base}: ").into_bytes();
        msg.extend_from_slice(&r);
        vm.err_obj(&vm.types.exc.value_error, new_str(msg))
    };
    let text = trim_space(s);
    let (negative, mut body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let mut base = base as u32;
    let lower: Vec<u8> = body
        .iter()
        .take(2)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let prefix = match lower.as_slice() {
        [b'0', b'x'] if base == 16 || base == 0 => Some(16),
        [b'0', b'o'] if base == 8 || base == 0 => Some(8),
        [b'0', b'b'] if base == 2 || base == 0 => Some(2),
        _ => None,
    };
    if let Some(p) = prefix {
        base = p;
        body = &body[2..];
    } else if base == 0 {
        base = if body.len() > 1 && body[0] == b'0' {
            8
        } else {
            10
        };
    }
    if func == "long" && matches!(body.last(), Some(b'l' | b'L')) {
        body = &body[..body.len() - 1];
    }
    if body.is_empty() || !body.iter().all(|c| (*c as char).is_digit(base)) {
        return Err(invalid());
    }
    let text = std::str::from_utf8(body).map_err(|_| invalid())?;
    let mut n = BigInt::from_str_radix(text, base).map_err(|_| invalid())?;
    if negative {
        n = -n;
    }
    Ok(int_or_long(n))
}

fn trim_space(s: &[u8]) -> &[u8] {
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = s.iter().position(|c| !is_space(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |e| e + 1);
    &s[start..end]
}

/// `float(x=0.0)`.
fn make_float(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let Some(x) = one_arg(vm, &a, "float", "x")? else {
        return Ok(new_float(0.0));
    };
    let float = |p: &Payload| matches!(p, Payload::Float(_));
    if let Some(r) = vm.user_conversion(&x, "__float__", float, "float")? {
        return Ok(r);
    }
    let bytes = match &x.payload {
        Payload::Float(f) => return Ok(new_float(*f)),
        Payload::Str(s) => s.as_bytes().to_vec(),
        Payload::Unicode(u) => encode_decimal(vm, u.chars())?,
        _ if as_bigint(&x).is_some() => return Ok(new_float(super::functions::to_f64(vm, &x)?)),
        Payload::Complex(_) => return Err(vm.type_error("can't convert complex to float")),
        _ => return Err(vm.type_error("float() argument must be a string or a number")),
    };
    parse_float(vm, &bytes).map(new_float)
}

/// `complex(real=0, imag=0)` (`complex_new`): a string alone, or one or two numbers (each may
/// itself be complex: `real + imag*1j`).
fn make_complex(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    use crate::objects::complex::{new_complex, Complex};
    let b = bind_keywords(vm, &a, "complex", &["real", "imag"])?;
    let (r, i) = (b[0].clone(), b[1].clone());
    let Some(r) = r else {
        return Ok(new_complex(0.0, 0.0));
    };
    if let Payload::Complex(_) = r.payload {
        if i.is_none() {
            return Ok(r);
        }
    }
    if let Some(text) = r.as_str_bytes() {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(trim_space(text)) {
            Some(c) => Ok(new_complex(c.real, c.imag)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if i.as_ref().is_some_and(|i| i.as_str_bytes().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let part = |vm: &Vm, o: &ObjRef| -> PyResult<Complex> {
        match &o.payload {
            Payload::Complex(c) => Ok(*c),
            Payload::Float(f) => Ok(Complex {
                real: *f,
                imag: 0.0,
            }),
            _ if as_bigint(o).is_some() => Ok(Complex {
                real: super::functions::to_f64(vm, o)?,
                imag: 0.0,
            }),
            _ => Err(vm.type_error("complex() argument must be a string or a number")),
        }
    };
    let cr = part(vm, &r)?;
    let ci = match &i {
        Some(i) => part(vm, i)?,
        None => Complex {
            real: 0.0,
            imag: 0.0,
        },
    };
    // Each correction applies only when that argument is itself complex, so signed zeros
    // of plain numbers survive.
    let mut real = cr.real;
    let mut imag = ci.real;
    if i.as_ref()
        .is_some_and(|i| matches!(i.payload, Payload::Complex(_)))
    {
        real -= ci.imag;
    }
    if matches!(r.payload, Payload::Complex(_)) {
        imag += cr.imag;
    }
    Ok(new_complex(real, imag))
}

/// `complex_subtype_from_string`'s grammar: `real`, `imagj`, `real±imagj`, `±j`, optionally
/// in parentheses.
fn parse_complex(s: &[u8]) -> Option<crate::objects::complex::Complex> {
    use crate::objects::complex::Complex;
    let s = match (s.first(), s.last()) {
        (Some(b'('), Some(b')')) => trim_space(&s[1..s.len() - 1]),
        _ => s,
    };
    if s.is_empty() {
        return None;
    }
    let Some(body) = s.strip_suffix(b"j").or_else(|| s.strip_suffix(b"J")) else {
        return c_float(s).map(|real| Complex { real, imag: 0.0 });
    };
    let split = (1..body.len())
        .rev()
        .find(|&k| matches!(body[k], b'+' | b'-') && !matches!(body[k - 1], b'e' | b'E'));
    let (real, imag) = match split {
        Some(k) => (c_float(&body[..k])?, &body[k..]),
        None => (0.0, body),
    };
    let imag = match imag {
        b"" | b"+" => 1.0,
        b"-" => -1.0,
        text => c_float(text)?,
    };
    Some(Complex { real, imag })
}

/// `PyFloat_FromString`: surrounding whitespace allowed, `inf`/`nan` spelled any case. A
/// string with a numeric prefix gets the "invalid literal" message, one without the other.
fn parse_float(vm: &Vm, s: &[u8]) -> PyResult<f64> {
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let rest = &s[s.iter().position(|c| !is_space(c)).unwrap_or(s.len())..];
    if let Some(v) = c_float(trim_space(rest)) {
        return Ok(v);
    }
    let has_prefix = (1..rest.len().min(400)).any(|i| c_float(&rest[..i]).is_some());
    let what: &[u8] = if has_prefix {
        b"invalid literal for float(): "
    } else {
        b"could not convert string to float: "
    };
    let mut msg = what.to_vec();
    msg.extend_from_slice(&rest[..rest.len().min(200)]);
    Err(vm.err_obj(&vm.types.exc.value_error, new_str(msg)))
}

/// A complete decimal float literal, or `inf`/`infinity`/`nan` with an optional sign.
fn c_float(t: &[u8]) -> Option<f64> {
    let t = std::str::from_utf8(t).ok()?;
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    let word = matches!(
        unsigned.to_ascii_lowercase().as_str(),
        "inf" | "infinity" | "nan"
    );
    let numeric = unsigned
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
    if word || (numeric && !unsigned.is_empty()) {
        t.parse::<f64>().ok()
    } else {
        None
    }
}

fn make_bool(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, &a, "bool", "x")?;
    Ok(new_bool(match x {
        Some(x) => vm.is_true(&x)?,
        None => false,
    }))
}

// ----- strings and containers ----------------------------------------------------------------

fn make_str(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    match one_arg(vm, &a, "str", "object")? {
        Some(x) if matches!(x.payload, Payload::Str(_)) => Ok(x),
        Some(x) => Ok(new_str(vm.to_str(&x)?)),
        None => Ok(new_str(Vec::new())),
    }
}

fn make_unicode(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    super::unicode_methods::construct(vm, &a)
}

fn make_list(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    match one_arg(vm, &a, "list", "sequence")? {
        Some(x) => Ok(new_list(vm.collect_sized_iterable(&x)?)),
        None => Ok(new_list(Vec::new())),
    }
}

/// `tuple(t)` of a tuple is that same tuple.
fn make_tuple(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    match one_arg(vm, &a, "tuple", "sequence")? {
        Some(x) if matches!(x.payload, Payload::Tuple(_)) => Ok(x),
        Some(x) => Ok(new_tuple(vm.collect_sized_iterable(&x)?)),
        None => Ok(new_tuple(Vec::new())),
    }
}

fn make_dict(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let d = objects::new_dict(Default::default());
    super::dict_methods::update_common(vm, &d, a, "dict")?;
    Ok(d)
}

fn make_set(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    super::set_methods::construct(vm, false, &a)
}

fn make_frozenset(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    super::set_methods::construct(vm, true, &a)
}

/// `type(x)`: the one-argument form only.
fn make_type(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    match (a.pos, a.kw.is_empty()) {
        ([x], true) => Ok(vm.type_of(x)),
        (_, _) if a.pos.len() == 3 => Err(PyErr::unsupported("type() with three arguments")),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

// ----- iterators -----------------------------------------------------------------------------

/// `enumerate(sequence, start=0)`.
fn make_enumerate(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, &a, "enumerate", &["sequence", "start"])?;
    let Some(seq) = &b[0] else {
        return Err(vm.type_error("Required argument 'sequence' (pos 1) not found"));
    };
    let inner = vm.get_iter(seq)?;
    let index = match &b[1] {
        Some(s) => match as_bigint(s) {
            Some(n) => n
                .to_i64()
                .ok_or_else(|| PyErr::unsupported("an enumerate start beyond 64 bits"))?,
            None => return Err(vm.type_error("an integer is required")),
        },
        None => 0,
    };
    Ok(new_iter(IterState::Enumerate { inner, index }))
}

/// `reversed(seq)`: lists and xranges have their own reverse iterators; other sequences
/// need `__len__` and `__getitem__`.
fn make_reversed(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "reversed")?;
    let a = super::functions::args::unpack(vm, &a, "reversed", 1, 1)?;
    let seq = &a[0];
    if seq.native().is_some() {
        // `_PyObject_LookupSpecial(seq, "__reversed__")`: a native type's own reverse
        // iterator (`deque.__reversed__`), or a Python subclass's.
        let ty = vm.type_of(seq);
        if let Some(f) = vm.lookup_in_mro(&ty, &objects::new_str_from("__reversed__"))? {
            let method = vm.descr_get(&f, Some(seq), &ty)?;
            return vm.call_object(&method, &[], &[]);
        }
    }
    Ok(match &seq.payload {
        Payload::List(_) => new_iter(IterState::Seq {
            kind: SeqKind::Reversed,
            seq: Some(seq.clone()),
            index: 0,
        }),
        Payload::Xrange(r) => new_iter(IterState::Range {
            next: r.start + (r.len - 1) * r.step,
            step: -r.step,
            remaining: r.len,
        }),
        Payload::Str(_) | Payload::Unicode(_) | Payload::Tuple(_) => {
            let n = vm.len(seq)? as i64;
            new_iter(IterState::Reversed {
                seq: Some(seq.clone()),
                index: n - 1,
            })
        }
        _ => return Err(vm.type_error("argument to reversed() must be a sequence")),
    })
}

/// `slice([start,] stop[, step])` (`slice_new`): one argument is the stop.
fn make_slice(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "slice")?;
    let pos = super::functions::args::unpack(vm, &a, "slice", 1, 3)?;
    let bound = |i: usize| pos.get(i).cloned().unwrap_or_else(objects::none);
    let (start, stop) = if pos.len() == 1 {
        (objects::none(), bound(0))
    } else {
        (bound(0), bound(1))
    };
    Ok(PyObject::new(Payload::Slice(objects::slice::PySlice {
        start,
        stop,
        step: bound(2),
    })))
}

/// `xrange([start,] stop[, step])`.
fn make_xrange(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "xrange")?;
    if a.pos.is_empty() || a.pos.len() > 3 {
        return Err(vm.type_error("xrange() requires 1-3 int arguments"));
    }
    let mut n = Vec::with_capacity(3);
    for v in a.pos {
        n.push(int_arg(vm, v)?);
    }
    let (start, stop, step) = match n.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => unreachable!(),
    };
    if step == 0 {
        return Err(vm.value_error("xrange() arg 3 must not be zero"));
    }
    let len = if step > 0 {
        len_of_range(start, stop, step)
    } else {
        len_of_range(stop, start, -step)
    };
    if len > i64::MAX / 2 || start.checked_add(len.saturating_mul(step)).is_none() {
        return Err(vm.overflow_error("xrange() result has too many items"));
    }
    Ok(PyObject::new(Payload::Xrange(PyXrange {
        start,
        len,
        step,
    })))
}

/// What one `next` on a Python-calling iterator has to do, copied out of its state so no
/// borrow is held while Python code runs.
enum Step {
    Enumerate(ObjRef, i64),
    Reversed(ObjRef, i64),
    Callable(ObjRef, ObjRef),
    Done,
}

/// `next()` for the `Enumerate`, `Reversed` and `Callable` iterator states.
pub fn iter_next_extra(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Payload::Iter(cell) = &it.payload else {
        return Ok(None);
    };
    let step = match &*cell.borrow() {
        IterState::Enumerate { inner, index } => Step::Enumerate(inner.clone(), *index),
        IterState::Reversed {
            seq: Some(s),
            index,
        } => Step::Reversed(s.clone(), *index),
        IterState::Callable {
            func: Some(f),
            sentinel,
        } => Step::Callable(f.clone(), sentinel.clone()),
        _ => Step::Done,
    };
    match step {
        Step::Done => Ok(None),
        Step::Enumerate(inner, index) => {
            let Some(item) = vm.iter_next(&inner)? else {
                return Ok(None);
            };
            if let IterState::Enumerate { index: i, .. } = &mut *cell.borrow_mut() {
                *i += 1;
            }
            Ok(Some(new_tuple(vec![new_int(index), item])))
        }
        Step::Reversed(seq, index) => {
            let item = if index >= 0 {
                Some(vm.getitem(&seq, &new_int(index)))
            } else {
                None
            };
            let mut state = cell.borrow_mut();
            let IterState::Reversed {
                seq: slot,
                index: i,
            } = &mut *state
            else {
                return Ok(None);
            };
            match item {
                Some(Ok(v)) => {
                    *i -= 1;
                    Ok(Some(v))
                }
                Some(Err(e))
                    if !vm.exception_matches(&e, &vm.types.exc.index_error)
                        && !vm.exception_matches(&e, &vm.types.exc.stop_iteration) =>
                {
                    Err(e)
                }
                _ => {
                    *slot = None;
                    Ok(None)
                }
            }
        }
        Step::Callable(func, sentinel) => {
            let result = vm.call_object(&func, &[], &[]);
            let finished = match &result {
                Ok(v) => vm.rich_compare_bool(&sentinel, v, CompareOp::Eq)?,
                Err(e) => vm.exception_matches(e, &vm.types.exc.stop_iteration),
            };
            if finished {
                if let IterState::Callable { func, .. } = &mut *cell.borrow_mut() {
                    *func = None;
                }
                return Ok(None);
            }
            result.map(Some)
        }
    }
}
