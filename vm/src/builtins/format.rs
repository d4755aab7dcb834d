//! `%` formatting, one engine for both string kinds: `str % args` as `PyString_Format`
//! (Objects/stringobject.c) and `unicode % args` as `PyUnicode_Format`
//! (Objects/unicodeobject.c) — the same parse of each conversion, the same padding rules and
//! the same error messages, with `%e`/`%f`/`%g` laid out as `PyOS_double_to_string` lays
//! them out. The engine runs over code units (bytes or code points, so a `%(key)` key is a
//! string of the template's kind); a [`Flavor`] supplies what else differs: the text of
//! `%s`/`%r`/`%c` and some messages.
//!
//! A `str` template that meets a unicode argument for `%s` or `%c` (or an object whose
//! `__str__` returns unicode) abandons its byte result and formats the rest of the template,
//! from that conversion on, as unicode, with the arguments from that conversion on; the bytes
//! done so far are decoded and put in front.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::code_unit::CodeUnit;
use super::unicode_methods::decode_ascii;
use crate::error::{PyErr, PyResult};
use crate::objects::unicode::new_unicode;
use crate::objects::{self, new_str, new_tuple, ObjRef, Payload};
use crate::runtime::Vm;

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `FORMATBUFLEN`: the buffer `formatint` writes into; a precision that may not fit is refused.
const FORMAT_BUFFER_LEN: i64 = 120;

/// What `PyString_Format` and `PyUnicode_Format` do differently.
trait Flavor {
    type Unit: CodeUnit;
    /// The text of `%s`, `%r` or `%c` before precision and padding; None when a `str` template
    /// must hand over to unicode formatting.
    fn text(vm: &mut Vm, code: u8, v: &ObjRef) -> PyResult<Option<Vec<Self::Unit>>>;
    /// The error of `PyFloat_AsDouble` failing on `v` (`overflow` for a long out of range).
    fn float_error(vm: &Vm, v: &ObjRef, overflow: bool) -> PyErr;
    /// `unsupported format character` for the unit `c` at index `at`.
    fn unsupported(vm: &Vm, c: Self::Unit, at: usize) -> PyErr;
}

/// `PyString_Format`'s choices.
struct ByteFlavor;

/// `PyUnicode_Format`'s choices.
struct UnicodeFlavor;

impl Flavor for ByteFlavor {
    type Unit = u8;

    fn text(vm: &mut Vm, code: u8, v: &ObjRef) -> PyResult<Option<Vec<u8>>> {
        let is_unicode = |o: &ObjRef| matches!(o.payload, Payload::Unicode(_));
        match code {
            b's' => {
                if is_unicode(v) {
                    return Ok(None);
                }
                let text = vm.str_object(v)?;
                Ok(text.as_str_bytes().map(<[u8]>::to_vec))
            }
            b'r' => vm.repr(v).map(Some),
            _ if is_unicode(v) => Ok(None),
            _ => byte_char(vm, v).map(|c| Some(vec![c])),
        }
    }

    fn float_error(vm: &Vm, v: &ObjRef, _: bool) -> PyErr {
        vm.type_error(format!("float argument required, not {}", vm.type_name(v)))
    }

    fn unsupported(vm: &Vm, c: u8, at: usize) -> PyErr {
        // C prints the `char` with `%c` and, sign-extended, with `%x`.
        let mut msg = b"unsupported format character '".to_vec();
        msg.push(c);
        msg.extend_from_slice(format!("' (0x{:x}) at index {at}", c.c_int()).as_bytes());
        vm.err_obj(&vm.types.exc.value_error, new_str(msg))
    }
}

impl Flavor for UnicodeFlavor {
    type Unit = u32;

    fn text(vm: &mut Vm, code: u8, v: &ObjRef) -> PyResult<Option<Vec<u32>>> {
        Ok(Some(match code {
            b's' => vm.to_unicode(v)?,
            b'r' => {
                let text = vm.repr(v)?;
                decode_ascii(vm, &text)?
            }
            _ => vec![unicode_char(vm, v)?],
        }))
    }

    fn float_error(vm: &Vm, _: &ObjRef, overflow: bool) -> PyErr {
        if overflow {
            vm.overflow_error("long int too large to convert to float")
        } else {
            vm.type_error("a float is required")
        }
    }

    fn unsupported(vm: &Vm, c: u32, at: usize) -> PyErr {
        let shown = match c {
            31..=126 => c as u8 as char,
            _ => '?',
        };
        vm.value_error(format!(
            "unsupported format character '{shown}' (0x{c:x}) at index {at}"
        ))
    }
}

/// The argument source: a tuple walked by index, or one object used once (`argidx` -2/-1 in C).
struct ArgCursor {
    args: ObjRef,
    /// `arglen`: -1 for a single non-tuple argument.
    len: i64,
    idx: i64,
}

impl ArgCursor {
    fn new(args: ObjRef) -> Self {
        match args.as_tuple().map(|t| t.len() as i64) {
            Some(len) => ArgCursor { args, len, idx: 0 },
            None => Self::single(args),
        }
    }

    fn single(args: ObjRef) -> Self {
        ArgCursor {
            args,
            len: -1,
            idx: -2,
        }
    }

    /// `getnextarg`.
    fn next(&mut self, vm: &Vm) -> PyResult<ObjRef> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            return Ok(match self.args.as_tuple() {
                Some(items) if self.len >= 0 => items[i as usize].clone(),
                _ => self.args.clone(),
            });
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// Whether `args` counts as a mapping for `%(name)s`: its type has `mp_subscript` and it is
/// neither a tuple nor a string (so a list qualifies, as in CPython).
fn is_mapping(vm: &Vm, args: &ObjRef) -> bool {
    match &args.payload {
        Payload::Dict(_) | Payload::List(_) => true,
        Payload::Tuple(_) | Payload::Str(_) | Payload::Unicode(_) | Payload::Xrange(_) => false,
        _ => {
            let t = vm.type_of(args);
            t.as_type().is_some_and(|t| !t.mro.borrow().is_empty()) && has_getitem(vm, &t)
        }
    }
}

/// Whether a user type defines `__getitem__` somewhere on its MRO.
fn has_getitem(vm: &Vm, t: &ObjRef) -> bool {
    let builtin = [
        &vm.types.object,
        &vm.types.int,
        &vm.types.long,
        &vm.types.float,
        &vm.types.type_,
    ];
    if builtin.iter().any(|b| objects::is(b, t)) {
        return false;
    }
    let name = objects::new_str_from("__getitem__");
    let Some(ty) = t.as_type() else { return false };
    let mro = ty.mro.borrow();
    mro.iter().any(|c| {
        c.as_type().is_some_and(|ct| {
            let hash = objects::hash::hash_str(b"__getitem__");
            let Some(dict) = ct.dict.as_dict() else {
                return false;
            };
            let dict = dict.borrow();
            let found = dict.lookup(&name, hash, &mut |a, b| {
                Some(a.as_str_bytes().is_some() && a.as_str_bytes() == b.as_str_bytes())
            });
            matches!(found, Some(objects::dict::Probe::Found(_)))
        })
    })
}

/// One parsed conversion: flags, width, precision (-1 when absent).
struct Spec {
    flags: u8,
    width: i64,
    prec: i64,
}

/// How a run of the engine ended.
enum Outcome<U> {
    Done(Vec<U>),
    /// A `str` template met unicode: the bytes formatted so far, the position of the `%`
    /// that met it, and the index of that conversion's first argument.
    HandOver {
        done: Vec<U>,
        at: usize,
        arg_index: i64,
    },
}

/// `PyString_Format`: a `str`, or a `unicode` when an argument turned it into one.
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &ObjRef) -> PyResult<ObjRef> {
    let (done, at, arg_index) = match run::<ByteFlavor>(vm, fmt, args)? {
        Outcome::Done(out) => return Ok(new_str(out)),
        Outcome::HandOver {
            done,
            at,
            arg_index,
        } => (done, at, arg_index),
    };
    let rest_args = match args.as_tuple() {
        Some(items) if arg_index > 0 => new_tuple(items[arg_index as usize..].to_vec()),
        _ => args.clone(),
    };
    let rest = decode_ascii(vm, &fmt[at..])?;
    let formatted = unicode_percent_format(vm, &rest, &rest_args)?;
    let mut text = decode_ascii(vm, &done)?;
    if let Payload::Unicode(u) = &formatted.payload {
        text.extend_from_slice(u.chars());
    }
    vm.check_alloc(text.len() as u128 * 4)?;
    Ok(new_unicode(text))
}

/// `PyUnicode_Format`.
pub fn unicode_percent_format(vm: &mut Vm, fmt: &[u32], args: &ObjRef) -> PyResult<ObjRef> {
    match run::<UnicodeFlavor>(vm, fmt, args)? {
        Outcome::Done(out) | Outcome::HandOver { done: out, .. } => Ok(new_unicode(out)),
    }
}

/// The engine: the template's text copied, each conversion formatted and padded.
fn run<F: Flavor>(vm: &mut Vm, fmt: &[F::Unit], args: &ObjRef) -> PyResult<Outcome<F::Unit>> {
    let unit_size = std::mem::size_of::<F::Unit>() as u128;
    let dict = if is_mapping(vm, args) {
        Some(args.clone())
    } else {
        None
    };
    let mut cur = ArgCursor::new(args.clone());
    let mut out: Vec<F::Unit> = Vec::with_capacity(fmt.len() + 100);
    let mut pos = 0;
    while pos < fmt.len() {
        let c = fmt[pos];
        pos += 1;
        if !c.is(b'%') {
            out.push(c);
            continue;
        }
        let (start, start_arg) = (pos - 1, cur.idx);
        if fmt.get(pos).is_some_and(|c| c.is(b'(')) {
            let Some(dict) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let (key, end) = parse_key(vm, fmt, pos + 1)?;
            pos = end;
            let value = vm.getitem(dict, &F::Unit::string(key))?;
            cur = ArgCursor::single(value);
        }
        let (spec, c, end) = parse_spec(vm, fmt, pos, &mut cur)?;
        pos = end;
        if c.is(b'%') {
            pad(vm, &mut out, &[c], &spec, false, b' ', false)?;
            continue;
        }
        let v = cur.next(vm)?;
        let Some(code) = c.ascii() else {
            return Err(F::unsupported(vm, c, pos - 1));
        };
        let Some(()) = convert::<F>(vm, &mut out, &spec, code, &v, pos - 1)? else {
            return Ok(Outcome::HandOver {
                done: out,
                at: start,
                arg_index: start_arg,
            });
        };
        vm.check_alloc(out.len() as u128 * unit_size)?;
        if dict.is_some() && cur.idx < cur.len {
            return Err(vm.type_error("not all arguments converted during string formatting"));
        }
    }
    if cur.idx < cur.len && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(Outcome::Done(out))
}

/// The key of `%(key)`, parentheses balanced; returns it and the position after `)`.
fn parse_key<'f, U: CodeUnit>(vm: &Vm, fmt: &'f [U], start: usize) -> PyResult<(&'f [U], usize)> {
    let mut depth = 1;
    let mut pos = start;
    while pos < fmt.len() {
        if fmt[pos].is(b')') {
            depth -= 1;
        } else if fmt[pos].is(b'(') {
            depth += 1;
        }
        pos += 1;
        if depth == 0 {
            return Ok((&fmt[start..pos - 1], pos));
        }
    }
    Err(vm.value_error("incomplete format key"))
}

/// An integer from `*`: must be an `int`; `width too big`-style overflow is not reachable with
/// 64-bit values.
fn star_arg(vm: &Vm, cur: &mut ArgCursor) -> PyResult<i64> {
    let v = cur.next(vm)?;
    match v.payload {
        Payload::Int(i) => Ok(i),
        Payload::Bool(b) => Ok(b as i64),
        _ => Err(vm.type_error("* wants int")),
    }
}

/// Parses flags, width, precision and the length modifier; returns the spec, the conversion
/// character and the position after it.
fn parse_spec<U: CodeUnit>(
    vm: &Vm,
    fmt: &[U],
    mut pos: usize,
    cur: &mut ArgCursor,
) -> PyResult<(Spec, U, usize)> {
    let incomplete = || vm.value_error("incomplete format");
    let mut spec = Spec {
        flags: 0,
        width: -1,
        prec: -1,
    };
    let next = |pos: &mut usize| -> Option<U> {
        let c = fmt.get(*pos).copied();
        if c.is_some() {
            *pos += 1;
        }
        c
    };
    let mut c = next(&mut pos).ok_or_else(incomplete)?;
    loop {
        spec.flags |= match c.ascii() {
            Some(b'-') => F_LJUST,
            Some(b'+') => F_SIGN,
            Some(b' ') => F_BLANK,
            Some(b'#') => F_ALT,
            Some(b'0') => F_ZERO,
            _ => break,
        };
        c = next(&mut pos).ok_or_else(incomplete)?;
    }
    if c.is(b'*') {
        let w = star_arg(vm, cur)?;
        if w < 0 {
            spec.flags |= F_LJUST;
        }
        spec.width = w.saturating_abs();
        c = next(&mut pos).ok_or_else(incomplete)?;
    } else if let Some(d) = c.digit() {
        spec.width = read_number(vm, fmt, &mut pos, d, "width too big")?;
        c = next(&mut pos).ok_or_else(incomplete)?;
    }
    if c.is(b'.') {
        spec.prec = 0;
        c = next(&mut pos).ok_or_else(incomplete)?;
        if c.is(b'*') {
            let p = star_arg(vm, cur)?;
            let p = i32::try_from(p)
                .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
            spec.prec = p.max(0) as i64;
            c = next(&mut pos).ok_or_else(incomplete)?;
        } else if let Some(d) = c.digit() {
            spec.prec = read_number(vm, fmt, &mut pos, d, "prec too big")?;
            if spec.prec > i32::MAX as i64 {
                return Err(vm.value_error("prec too big"));
            }
            c = next(&mut pos).ok_or_else(incomplete)?;
        }
    }
    if c.is(b'h') || c.is(b'l') || c.is(b'L') {
        c = next(&mut pos).ok_or_else(incomplete)?;
    }
    Ok((spec, c, pos))
}

/// Digits after the `first` one (already consumed); leaves `pos` after the last digit.
fn read_number<U: CodeUnit>(
    vm: &Vm,
    fmt: &[U],
    pos: &mut usize,
    first: u8,
    too_big: &str,
) -> PyResult<i64> {
    let mut n = i64::from(first);
    while let Some(d) = fmt.get(*pos).and_then(|c| c.digit()) {
        *pos += 1;
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(d)))
            .ok_or_else(|| vm.value_error(too_big))?;
    }
    Ok(n)
}

/// Formats one argument and appends it, padded, to `out`; None when a `str` template must
/// hand over to unicode formatting.
fn convert<F: Flavor>(
    vm: &mut Vm,
    out: &mut Vec<F::Unit>,
    spec: &Spec,
    code: u8,
    v: &ObjRef,
    at: usize,
) -> PyResult<Option<()>> {
    let mut numeric = false;
    let mut fill = b' ';
    let body: Vec<F::Unit> = match code {
        b's' | b'r' | b'c' => {
            let Some(mut text) = F::text(vm, code, v)? else {
                return Ok(None);
            };
            if code != b'c' && spec.prec >= 0 && text.len() as i64 > spec.prec {
                text.truncate(spec.prec as usize);
            }
            text
        }
        b'i' | b'd' | b'u' | b'o' | b'x' | b'X' => {
            numeric = true;
            if spec.flags & F_ZERO != 0 {
                fill = b'0';
            }
            let code = if code == b'i' { b'd' } else { code };
            F::Unit::widen(&format_integer(vm, v, spec, code)?)
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            numeric = true;
            if spec.flags & F_ZERO != 0 {
                fill = b'0';
            }
            let x = float_arg::<F>(vm, v)?;
            let prec = if spec.prec < 0 { 6 } else { spec.prec as usize };
            F::Unit::widen(&format_float(x, code, prec, spec.flags & F_ALT != 0))
        }
        _ => return Err(F::unsupported(vm, F::Unit::from(code), at)),
    };
    let alt_hex = spec.flags & F_ALT != 0 && (code == b'x' || code == b'X');
    pad(vm, out, &body, spec, numeric, fill, alt_hex)?;
    Ok(Some(()))
}

/// The padding tail of `PyString_Format`: sign, `0x` prefix, fill and justification.
fn pad<U: CodeUnit>(
    vm: &Vm,
    out: &mut Vec<U>,
    body: &[U],
    spec: &Spec,
    numeric: bool,
    fill: u8,
    alt_hex: bool,
) -> PyResult<()> {
    let padded = out.len() as u128 + spec.width.max(body.len() as i64) as u128 + 1;
    vm.check_alloc(padded * std::mem::size_of::<U>() as u128)?;
    let mut pbuf = body;
    let mut sign: Option<U> = None;
    if numeric {
        match pbuf.first() {
            Some(&s) if s.is(b'-') || s.is(b'+') => {
                sign = Some(s);
                pbuf = &pbuf[1..];
            }
            _ if spec.flags & F_SIGN != 0 => sign = Some(U::from(b'+')),
            _ if spec.flags & F_BLANK != 0 => sign = Some(U::from(b' ')),
            _ => {}
        }
    }
    let mut len = pbuf.len() as i64;
    let mut width = spec.width.max(len);
    if let Some(s) = sign {
        if fill != b' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let mut prefix: &[U] = &[];
    if alt_hex {
        prefix = &pbuf[..2.min(pbuf.len())];
        pbuf = &pbuf[prefix.len()..];
        if fill != b' ' {
            out.extend_from_slice(prefix);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && spec.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(U::from(fill), (width - len) as usize));
        width = len;
    }
    if fill == b' ' {
        out.extend(sign);
        out.extend_from_slice(prefix);
    }
    out.extend_from_slice(pbuf);
    if width > len {
        out.extend(std::iter::repeat_n(U::from(b' '), (width - len) as usize));
    }
    Ok(())
}

/// `%d %u %o %x %X`: ints through `formatint`, longs through `_PyString_FormatLong`; other
/// numbers are converted with `int()` first.
fn format_integer(vm: &mut Vm, v: &ObjRef, spec: &Spec, code: u8) -> PyResult<Vec<u8>> {
    let not_number = |vm: &Vm| {
        vm.type_error(format!(
            "%{} format: a number is required, not {}",
            code as char,
            vm.type_name(v)
        ))
    };
    let big = match &v.payload {
        Payload::Int(i) => return format_int(vm, *i, spec, code),
        Payload::Bool(b) => return format_int(vm, *b as i64, spec, code),
        Payload::Long(l) => l.clone(),
        Payload::Float(f) => {
            if !f.is_finite() {
                return Err(not_number(vm));
            }
            let t = f.trunc();
            if t.abs() < 9.2e18 {
                return format_int(vm, t as i64, spec, code);
            }
            float_to_bigint(t)
        }
        _ => return Err(not_number(vm)),
    };
    Ok(format_long(&big, spec, code))
}

/// The exact integer value of an integral float.
fn float_to_bigint(t: f64) -> BigInt {
    num_traits::FromPrimitive::from_f64(t).unwrap_or_default()
}

/// `formatint`: C's `printf` with `%.{prec}l{code}` (and `#`), a `-` placed before `0x`.
fn format_int(vm: &Vm, x: i64, spec: &Spec, code: u8) -> PyResult<Vec<u8>> {
    if spec.prec + 3 >= FORMAT_BUFFER_LEN {
        return Err(vm.overflow_error("formatted integer is too long (precision too large?)"));
    }
    let prec = if spec.prec < 0 { 1 } else { spec.prec as usize };
    let alt = spec.flags & F_ALT != 0;
    let mag = x.unsigned_abs();
    let mut out = Vec::new();
    if x < 0 {
        out.push(b'-');
    }
    let digits = match code {
        b'o' => format!("{mag:o}"),
        b'x' => format!("{mag:x}"),
        b'X' => format!("{mag:X}"),
        _ => format!("{mag}"),
    };
    // `%.0d` of zero prints no digits at all.
    let digits = if mag == 0 && prec == 0 {
        String::new()
    } else {
        digits
    };
    let zeros = prec.saturating_sub(digits.len());
    match code {
        b'x' | b'X' if alt => {
            out.push(b'0');
            out.push(code);
        }
        b'o' if alt && zeros == 0 && !digits.starts_with('0') => out.push(b'0'),
        _ => {}
    }
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(digits.as_bytes());
    Ok(out)
}

/// `_PyString_FormatLong`: `str`/`oct`/`hex` of the long, its prefix kept only with `#`, the
/// digits zero-filled to `prec`.
fn format_long(v: &BigInt, spec: &Spec, code: u8) -> Vec<u8> {
    let alt = spec.flags & F_ALT != 0;
    let mag = v.abs();
    let mut out = Vec::new();
    if v.is_negative() {
        out.push(b'-');
    }
    let digits = match code {
        b'o' => {
            // oct(long) is "0" followed by the digits ("0L" for zero); the 0 stays with `#`
            // or when it is the only digit.
            let d = mag.to_str_radix(8);
            if alt && d != "0" {
                format!("0{d}")
            } else {
                d
            }
        }
        b'x' | b'X' => {
            if alt {
                out.extend_from_slice(b"0x");
            }
            mag.to_str_radix(16)
        }
        _ => mag.to_string(),
    };
    let fill = (spec.prec.max(0) as usize).saturating_sub(digits.len());
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(digits.as_bytes());
    if code == b'X' {
        out.make_ascii_uppercase();
    }
    out
}

/// `PyFloat_AsDouble` for `%e`-style conversions, failing as the flavor reports it.
fn float_arg<F: Flavor>(vm: &Vm, v: &ObjRef) -> PyResult<f64> {
    match &v.payload {
        Payload::Float(f) => Ok(*f),
        Payload::Int(i) => Ok(*i as f64),
        Payload::Bool(b) => Ok(*b as i64 as f64),
        Payload::Long(l) => match l.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(f),
            None => Err(F::float_error(vm, v, true)),
        },
        _ => Err(F::float_error(vm, v, false)),
    }
}

/// `%c` of a `str` template (`formatchar`): a one-character str, or an int in 0..=255.
fn byte_char(vm: &Vm, v: &ObjRef) -> PyResult<u8> {
    let requires = || vm.type_error("%c requires int or char");
    let value: i64 = match &v.payload {
        Payload::Str(s) if s.as_bytes().len() == 1 => return Ok(s.as_bytes()[0]),
        Payload::Int(i) => *i,
        Payload::Bool(b) => *b as i64,
        Payload::Long(l) => l
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?,
        Payload::Float(_) => return Err(vm.type_error("integer argument expected, got float")),
        _ => return Err(requires()),
    };
    if value < 0 {
        return Err(vm.overflow_error("unsigned byte integer is less than minimum"));
    }
    u8::try_from(value)
        .map_err(|_| vm.overflow_error("unsigned byte integer is greater than maximum"))
}

/// `%c` of a `unicode` template (`formatchar`): a one-character string (a str one decoded),
/// or an integer (a float truncated) below 0x110000; any failure to read an integer is
/// reported as the wrong type.
fn unicode_char(vm: &Vm, v: &ObjRef) -> PyResult<u32> {
    let requires = || vm.type_error("%c requires int or char");
    let value: i64 = match &v.payload {
        Payload::Unicode(u) => {
            return match u.chars() {
                [c] => Ok(*c),
                _ => Err(requires()),
            }
        }
        Payload::Str(s) => {
            return match s.as_bytes() {
                [_] => decode_ascii(vm, s.as_bytes())?
                    .first()
                    .copied()
                    .ok_or_else(requires),
                _ => Err(requires()),
            }
        }
        Payload::Int(i) => *i,
        Payload::Bool(b) => *b as i64,
        Payload::Long(l) => l.to_i64().ok_or_else(requires)?,
        Payload::Float(f) if f.is_finite() && f.trunc().abs() < 9.2e18 => f.trunc() as i64,
        _ => return Err(requires()),
    };
    u32::try_from(value)
        .ok()
        .filter(|c| *c < 0x110000)
        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000) (wide Python build)"))
}

/// `PyOS_double_to_string(x, code, prec, alt ? Py_DTSF_ALT : 0)` for `e E f F g G`.
pub fn format_float(x: f64, code: u8, prec: usize, alt: bool) -> Vec<u8> {
    let upper = code.is_ascii_uppercase();
    let mut out = Vec::new();
    if x.is_nan() {
        out.extend_from_slice(b"nan");
    } else {
        if x.is_sign_negative() {
            out.push(b'-');
        }
        if x.is_infinite() {
            out.extend_from_slice(b"inf");
        } else {
            out.extend(float_body(x.abs(), code.to_ascii_lowercase(), prec, alt));
        }
    }
    if upper {
        out.make_ascii_uppercase();
    }
    out
}

/// The digits of a finite non-negative `x` per `format_float_short`.
fn float_body(x: f64, code: u8, prec: usize, alt: bool) -> Vec<u8> {
    match code {
        b'f' => {
            let mut s = format!("{x:.prec$}").into_bytes();
            if alt && prec == 0 {
                s.push(b'.');
            }
            s
        }
        b'e' => {
            let (digits, decpt) = sci_digits(x, prec + 1);
            layout(&digits, decpt, true, prec + 1, alt)
        }
        _ => {
            let prec = prec.max(1);
            let (mut digits, decpt) = sci_digits(x, prec);
            while digits.len() > 1 && digits.last() == Some(&b'0') {
                digits.pop();
            }
            let use_exp = decpt <= -4 || decpt > prec as i64;
            let vend = if alt { prec } else { digits.len() };
            layout(&digits, decpt, use_exp, vend, alt)
        }
    }
}

/// `x` rounded to `ndigits` significant digits, with the decimal point position `decpt`.
fn sci_digits(x: f64, ndigits: usize) -> (Vec<u8>, i64) {
    let s = format!("{:.*e}", ndigits - 1, x);
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse::<i64>().unwrap_or(0) + 1)
}

/// The layout half of `format_float_short`: the slice `vdigits[start:end]` of the digits padded
/// with zeros, a decimal point at `decpt`, and an exponent when `use_exp`.
fn layout(digits: &[u8], decpt: i64, use_exp: bool, vdigits_end: usize, alt: bool) -> Vec<u8> {
    let (decpt, exp) = if use_exp { (1, decpt - 1) } else { (decpt, 0) };
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let vend = (vdigits_end as i64).max(decpt).max(digits.len() as i64);
    let mut out = Vec::new();
    for i in vstart..vend {
        if i == decpt {
            out.push(b'.');
        }
        out.push(if i >= 0 && (i as usize) < digits.len() {
            digits[i as usize]
        } else {
            b'0'
        });
    }
    if vend == decpt {
        out.push(b'.');
    }
    if out.last() == Some(&b'.') && !alt {
        out.pop();
    }
    if use_exp {
        out.extend_from_slice(
            format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()).as_bytes(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_float;

    fn f(x: f64, code: u8, prec: usize, alt: bool) -> String {
        String::from_utf8(format_float(x, code, prec, alt)).unwrap()
    }

    #[test]
    fn floats_match_c_printf() {
        assert_eq!(f(1.23456, b'f', 2, false), "1.23");
        assert_eq!(f(12345.678, b'e', 6, false), "1.234568e+04");
        assert_eq!(f(1.0, b'e', 0, false), "1e+00");
        assert_eq!(f(1.0, b'e', 0, true), "1.e+00");
        assert_eq!(f(0.0001, b'g', 6, false), "0.0001");
        assert_eq!(f(0.00001, b'g', 6, false), "1e-05");
        assert_eq!(f(123456789.0, b'g', 6, false), "1.23457e+08");
        assert_eq!(f(100000.0, b'g', 6, false), "100000");
        assert_eq!(f(1.5, b'g', 6, true), "1.50000");
        assert_eq!(f(-0.0, b'f', 1, false), "-0.0");
        assert_eq!(f(f64::INFINITY, b'F', 2, false), "INF");
        assert_eq!(f(0.5, b'f', 0, false), "0");
        assert_eq!(f(2.5, b'f', 0, false), "2");
        assert_eq!(f(1e-5, b'e', 2, false), "1.00e-05");
        assert_eq!(f(1e100, b'g', 3, false), "1e+100");
    }
}
