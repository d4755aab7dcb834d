//! The methods of `unicode` (Objects/unicodeobject.c's `unicode_methods`) over code points,
//! the coercion of `str` arguments to unicode through the default (ASCII) codec, and the
//! `unicode()` constructor, which decodes `utf-8`, `latin-1` and `ascii` without the codec
//! registry (`crate::codecs` has the codecs and the registry `encode`/`decode` go through).
//!
//! A `str` method given a unicode argument switches to the unicode method with `self`
//! decoded, as CPython's do ([`retry_as_unicode`]).

use super::functions::args::{adjust_indices, parse, slice_index, ssize_arg};
use super::str_methods::{keepends_arg, split_lines};
use crate::codecs::errors as codec_errors;
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::unicode::new_unicode;
use crate::objects::{new_bool, new_int, new_list, new_tuple, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;
use crate::unicode_db::{self as db, is_space};

pub static UNICODE_METHODS: &[MethodDef] = &[
    def!("join", O, join),
    def!("split", VarArgs, split),
    def!("rsplit", VarArgs, rsplit),
    def!("splitlines", VarArgs, splitlines),
    def!("replace", VarArgs, replace),
    def!("strip", VarArgs, strip),
    def!("lstrip", VarArgs, lstrip),
    def!("rstrip", VarArgs, rstrip),
    def!("find", VarArgs, find),
    def!("rfind", VarArgs, rfind),
    def!("index", VarArgs, index),
    def!("rindex", VarArgs, rindex),
    def!("count", VarArgs, count),
    def!("startswith", VarArgs, startswith),
    def!("endswith", VarArgs, endswith),
    def!("lower", NoArgs, lower),
    def!("upper", NoArgs, upper),
    def!("swapcase", NoArgs, swapcase),
    def!("title", NoArgs, title),
    def!("capitalize", NoArgs, capitalize),
    def!("isspace", NoArgs, isspace),
    def!("isalpha", NoArgs, isalpha),
    def!("isalnum", NoArgs, isalnum),
    def!("isdigit", NoArgs, isdigit),
    def!("isdecimal", NoArgs, isdecimal),
    def!("isnumeric", NoArgs, isnumeric),
    def!("islower", NoArgs, islower),
    def!("isupper", NoArgs, isupper),
    def!("istitle", NoArgs, istitle),
    def!("center", VarArgs, center),
    def!("ljust", VarArgs, ljust),
    def!("rjust", VarArgs, rjust),
    def!("zfill", VarArgs, zfill),
    def!("partition", O, partition),
    def!("rpartition", O, rpartition),
    def!("encode", Keywords, encode),
    def!("decode", Keywords, decode),
];

/// A `UnicodeDecodeError(encoding, object, start, end, reason)` for one byte, raised.
fn decode_error(vm: &Vm, encoding: &str, bytes: &[u8], start: usize, reason: &str) -> PyErr {
    let exc = codec_errors::decode_exception(vm, encoding, bytes, start..start + 1, reason);
    codec_errors::raise(vm, exc)
}

/// A `UnicodeEncodeError(encoding, object, start, end, reason)` for one character, raised.
pub fn encode_error(vm: &Vm, encoding: &str, chars: &[u32], start: usize, reason: &str) -> PyErr {
    encode_range_error(vm, encoding, chars, start..start + 1, reason)
}

/// A `UnicodeEncodeError(encoding, object, start, end, reason)` for a range of characters,
/// raised.
fn encode_range_error(
    vm: &Vm,
    encoding: &str,
    chars: &[u32],
    range: std::ops::Range<usize>,
    reason: &str,
) -> PyErr {
    let exc = codec_errors::encode_exception(vm, encoding, chars, range, reason);
    codec_errors::raise(vm, exc)
}

/// `PyUnicode_EncodeDecimal` (strict), what `int()`, `long()` and `float()` parse from a
/// unicode string: white space as a blank, decimal digits as ASCII digits, other characters
/// below 256 as bytes; the first run of anything else is a UnicodeEncodeError.
pub fn encode_decimal(vm: &Vm, chars: &[u32]) -> PyResult<Vec<u8>> {
    let digit = |c: u32| {
        db::decimal_value(c)
            .and_then(|d| u8::try_from(d).ok())
            .filter(|d| *d < 10)
    };
    let byte = |c: u32| u8::try_from(c).ok().filter(|b| *b != 0);
    let mut out = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = digit(c) {
            out.push(b'0' + d);
        } else if let Some(b) = byte(c) {
            out.push(b);
        } else {
            let encodable = |c: &u32| is_space(*c) || digit(*c).is_some() || byte(*c).is_some();
            let end = chars[i + 1..]
                .iter()
                .position(encodable)
                .map_or(chars.len(), |n| i + 1 + n);
            let reason = "invalid decimal Unicode string";
            return Err(encode_range_error(vm, "decimal", chars, i..end, reason));
        }
    }
    Ok(out)
}

/// `UnicodeDecodeError.__str__` and `UnicodeEncodeError.__str__` (Objects/exceptions.c) for
/// an instance with the five standard arguments; `None` for any other exception.
pub fn unicode_error_str(vm: &Vm, class: &ObjRef, args: &[ObjRef]) -> Option<Vec<u8>> {
    let decoding = crate::objects::is(class, &vm.types.exc.unicode_decode_error);
    let encoding = crate::objects::is(class, &vm.types.exc.unicode_encode_error);
    let [codec, object, start, end, reason] = args else {
        return None;
    };
    if !decoding && !encoding {
        return None;
    }
    let text = |o: &ObjRef| String::from_utf8_lossy(o.as_str_bytes().unwrap_or(b"")).into_owned();
    let index = |o: &ObjRef| match o.payload {
        Payload::Int(v) => Some(v),
        _ => None,
    };
    let (start, end) = (index(start)?, index(end)?);
    let (codec, reason) = (text(codec), text(reason));
    let what = if decoding { "decode" } else { "encode" };
    if end == start + 1 {
        let bad = if decoding {
            format!("byte 0x{:02x}", object.as_str_bytes()?.get(start as usize)?)
        } else {
            let Payload::Unicode(u) = &object.payload else {
                return None;
            };
            let c = *u.chars().get(start as usize)?;
            match c {
                0..=0xff => format!("character u'\\x{c:02x}'"),
                0x100..=0xffff => format!("character u'\\u{c:04x}'"),
                _ => format!("character u'\\U{c:08x}'"),
            }
        };
        return Some(
            format!("'{codec}' codec can't {what} {bad} in position {start}: {reason}")
                .into_bytes(),
        );
    }
    let noun = if decoding { "bytes" } else { "characters" };
    Some(
        format!(
            "'{codec}' codec can't {what} {noun} in position {start}-{}: {reason}",
            end - 1
        )
        .into_bytes(),
    )
}

/// `PyUnicode_DecodeASCII(s, "strict")`.
pub fn decode_ascii(vm: &Vm, bytes: &[u8]) -> PyResult<Vec<u32>> {
    match bytes.iter().position(|b| *b >= 0x80) {
        None => Ok(bytes.iter().map(|b| u32::from(*b)).collect()),
        Some(i) => Err(decode_error(
            vm,
            "ascii",
            bytes,
            i,
            "ordinal not in range(128)",
        )),
    }
}

/// `PyUnicode_FromObject`: unicode as is, str through ASCII, anything else refused.
pub fn coerce(vm: &Vm, obj: &ObjRef) -> PyResult<Vec<u32>> {
    match &obj.payload {
        Payload::Unicode(u) => Ok(u.chars().to_vec()),
        Payload::Str(s) => decode_ascii(vm, s.as_bytes()),
        _ => Err(vm.type_error(format!(
            "coercing to Unicode: need string or buffer, {} found",
            vm.type_name(obj)
        ))),
    }
}

fn this(vm: &Vm, slf: Option<&ObjRef>) -> PyResult<Vec<u32>> {
    match slf.map(|s| &s.payload) {
        Some(Payload::Unicode(u)) => Ok(u.chars().to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'unicode' object")),
    }
}

fn uni(chars: Vec<u32>) -> ObjRef {
    new_unicode(chars)
}

fn unis(parts: Vec<Vec<u32>>) -> ObjRef {
    new_list(parts.into_iter().map(uni).collect())
}

/// A `str` method called with a unicode argument: the unicode method of the same name, with
/// `self` decoded. `None` when no argument (or item of a tuple argument) is unicode.
pub fn retry_as_unicode(
    vm: &mut Vm,
    name: &str,
    slf: Option<&ObjRef>,
    args: &Args,
) -> PyResult<Option<ObjRef>> {
    let is_unicode = |o: &ObjRef| match &o.payload {
        Payload::Unicode(_) => true,
        Payload::Tuple(items) => items
            .iter()
            .any(|i| matches!(i.payload, Payload::Unicode(_))),
        _ => false,
    };
    if !args.pos.iter().any(is_unicode) {
        return Ok(None);
    }
    let Some(def) = UNICODE_METHODS.iter().find(|d| d.name == name) else {
        return Ok(None);
    };
    let Some(bytes) = slf.and_then(|s| s.as_str_bytes()) else {
        return Ok(None);
    };
    let me = uni(decode_ascii(vm, bytes)?);
    (def.func)(vm, Some(&me), *args).map(Some)
}

// ----- join, split, replace ------------------------------------------------------------------

/// `PyUnicode_Join`: every item coerced to unicode.
pub fn join_items(vm: &mut Vm, sep: &[u32], seq: &ObjRef) -> PyResult<ObjRef> {
    let items = vm.sequence_fast(seq, "can only join an iterable")?;
    let mut out: Vec<u32> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if !matches!(item.payload, Payload::Str(_) | Payload::Unicode(_)) {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected string or Unicode, {} found",
                vm.type_name(item)
            )));
        }
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend(coerce(vm, item)?);
        vm.check_alloc(out.len() as u128 * 4)?;
    }
    Ok(uni(out))
}

fn join(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let sep = this(vm, slf)?;
    join_items(vm, &sep, &a.pos[0])
}

fn find_sub(hay: &[u32], needle: &[u32], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    (from..hay.len().saturating_sub(needle.len() - 1)).find(|&i| hay[i..].starts_with(needle))
}

fn rfind_sub(hay: &[u32], needle: &[u32]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

/// The separator and `maxsplit` of `split`/`rsplit`.
fn split_args(vm: &Vm, a: &Args, name: &str) -> PyResult<(Option<Vec<u32>>, usize)> {
    let a = parse(vm, a, name, 0, 2)?;
    let sep = match a.first() {
        Some(s) if !s.is_none() => {
            let s = coerce(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match a.get(1) {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split_whitespace(s: &[u32], maxsplit: usize, right: bool) -> Vec<Vec<u32>> {
    let mut parts = Vec::new();
    let mut chars: Vec<u32> = s.to_vec();
    if right {
        chars.reverse();
    }
    let mut i = 0;
    let n = chars.len();
    while i < n {
        while i < n && is_space(chars[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if parts.len() == maxsplit {
            let mut rest = chars[i..].to_vec();
            while rest.last().is_some_and(|c| is_space(*c)) {
                rest.pop();
            }
            parts.push(rest);
            break;
        }
        let start = i;
        while i < n && !is_space(chars[i]) {
            i += 1;
        }
        parts.push(chars[start..i].to_vec());
    }
    if right {
        for p in &mut parts {
            p.reverse();
        }
        parts.reverse();
    }
    parts
}

fn split_sep(s: &[u32], sep: &[u32], maxsplit: usize) -> Vec<Vec<u32>> {
    let mut parts = Vec::new();
    let mut start = 0;
    while parts.len() < maxsplit {
        match find_sub(s, sep, start) {
            Some(i) => {
                parts.push(s[start..i].to_vec());
                start = i + sep.len();
            }
            None => break,
        }
    }
    parts.push(s[start..].to_vec());
    parts
}

fn rsplit_sep(s: &[u32], sep: &[u32], maxsplit: usize) -> Vec<Vec<u32>> {
    let mut parts = Vec::new();
    let mut end = s.len();
    while parts.len() < maxsplit {
        match rfind_sub(&s[..end], sep) {
            Some(i) => {
                parts.push(s[i + sep.len()..end].to_vec());
                end = i;
            }
            None => break,
        }
    }
    parts.push(s[..end].to_vec());
    parts.reverse();
    parts
}

fn split(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (sep, max) = split_args(vm, &a, "split")?;
    Ok(unis(match sep {
        Some(sep) => split_sep(&s, &sep, max),
        None => split_whitespace(&s, max, false),
    }))
}

fn rsplit(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (sep, max) = split_args(vm, &a, "rsplit")?;
    Ok(unis(match sep {
        Some(sep) => rsplit_sep(&s, &sep, max),
        None => split_whitespace(&s, max, true),
    }))
}

/// `unicode.splitlines`: lines end at any line break character of the database.
fn splitlines(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let keepends = keepends_arg(vm, &a)?;
    let lines = split_lines(&s, keepends, db::is_linebreak);
    Ok(unis(lines.into_iter().map(<[u32]>::to_vec).collect()))
}

fn replace(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, &a, "replace", 2, 3)?;
    let (old, new) = (coerce(vm, &a[0])?, coerce(vm, &a[1])?);
    let mut max = match a.get(2) {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    if max < 0 {
        max = i64::MAX;
    }
    let mut out = Vec::new();
    let mut i = 0;
    let mut done = 0;
    if old.is_empty() {
        for (k, c) in s.iter().enumerate() {
            if (k as i64) < max {
                out.extend_from_slice(&new);
            }
            out.push(*c);
        }
        if (s.len() as i64) < max {
            out.extend_from_slice(&new);
        }
        return Ok(uni(out));
    }
    while done < max {
        match find_sub(&s, &old, i) {
            Some(j) => {
                out.extend_from_slice(&s[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[i..]);
    vm.check_alloc(out.len() as u128 * 4)?;
    Ok(uni(out))
}

// ----- strip, find, count, affixes -----------------------------------------------------------

fn strip_impl(
    vm: &Vm,
    slf: Option<&ObjRef>,
    a: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, a, name, 0, 1)?;
    let chars = match a.first() {
        Some(c) if !c.is_none() => Some(coerce(vm, c)?),
        _ => None,
    };
    let strip_it = |c: u32| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut start = 0;
    let mut end = s.len();
    if left {
        while start < end && strip_it(s[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip_it(s[end - 1]) {
            end -= 1;
        }
    }
    Ok(uni(s[start..end].to_vec()))
}

fn strip(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    strip_impl(vm, slf, &a, "strip", true, true)
}

fn lstrip(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    strip_impl(vm, slf, &a, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    strip_impl(vm, slf, &a, "rstrip", false, true)
}

/// `(sub, start, end)` with the bounds adjusted to the string.
fn sub_range(vm: &Vm, s: &[u32], a: &Args, name: &str) -> PyResult<(Vec<u32>, i64, i64)> {
    let a = parse(vm, a, name, 1, 3)?;
    let sub = coerce(vm, &a[0])?;
    let start = slice_index(vm, a.get(1), 0)?;
    let end = slice_index(vm, a.get(2), i64::MAX)?;
    let (start, end) = adjust_indices(start, end, s.len() as i64);
    Ok((sub, start, end))
}

fn find_in(vm: &Vm, slf: Option<&ObjRef>, a: &Args, name: &str, right: bool) -> PyResult<i64> {
    let s = this(vm, slf)?;
    let (sub, start, end) = sub_range(vm, &s, a, name)?;
    if start > end || start > s.len() as i64 {
        return Ok(-1);
    }
    let window = &s[start as usize..end as usize];
    let found = if right {
        rfind_sub(window, &sub)
    } else {
        find_sub(window, &sub, 0)
    };
    Ok(found.map_or(-1, |i| i as i64 + start))
}

fn find(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_int(find_in(vm, slf, &a, "find", false)?))
}

fn rfind(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_int(find_in(vm, slf, &a, "rfind", true)?))
}

fn index(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    match find_in(vm, slf, &a, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(new_int(i)),
    }
}

fn rindex(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    match find_in(vm, slf, &a, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(new_int(i)),
    }
}

fn count(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (sub, start, end) = sub_range(vm, &s, &a, "count")?;
    if start > end || start > s.len() as i64 {
        return Ok(new_int(0));
    }
    let window = &s[start as usize..end as usize];
    if sub.is_empty() {
        return Ok(new_int(window.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_sub(window, &sub, i) {
        n += 1;
        i = j + sub.len();
    }
    Ok(new_int(n))
}

fn affix(vm: &Vm, slf: Option<&ObjRef>, a: &Args, name: &str, at_end: bool) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, a, name, 1, 3)?;
    let start = slice_index(vm, a.get(1), 0)?;
    let end = slice_index(vm, a.get(2), i64::MAX)?;
    let (start, end) = adjust_indices(start, end, s.len() as i64);
    let candidates: Vec<ObjRef> = match a[0].as_tuple() {
        Some(items) => items.to_vec(),
        None => vec![a[0].clone()],
    };
    for c in candidates {
        let sub = coerce(vm, &c)?;
        if start > s.len() as i64 {
            continue;
        }
        if end - start < sub.len() as i64 {
            continue;
        }
        let window = &s[start as usize..end as usize];
        let hit = if at_end {
            window.ends_with(&sub)
        } else {
            window.starts_with(&sub)
        };
        if hit {
            return Ok(new_bool(true));
        }
    }
    Ok(new_bool(false))
}

fn startswith(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    affix(vm, slf, &a, "startswith", false)
}

fn endswith(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    affix(vm, slf, &a, "endswith", true)
}

// ----- case and character classes ------------------------------------------------------------

fn mapped(vm: &Vm, slf: Option<&ObjRef>, f: impl FnMut(u32) -> u32) -> PyResult<ObjRef> {
    Ok(uni(this(vm, slf)?.into_iter().map(f).collect()))
}

fn lower(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    mapped(vm, slf, db::to_lower)
}

fn upper(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    mapped(vm, slf, db::to_upper)
}

fn swapcase(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    mapped(vm, slf, |c| {
        if db::is_upper(c) {
            db::to_lower(c)
        } else if db::is_lower(c) {
            db::to_upper(c)
        } else {
            c
        }
    })
}

/// Whether `c` has a case (`Py_UNICODE_ISLOWER || ISUPPER || ISTITLE`).
fn is_cased(c: u32) -> bool {
    db::is_lower(c) || db::is_upper(c) || db::is_title(c)
}

/// `title`: titlecase after a non-cased character, lower case after a cased one.
fn title(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let mut previous_cased = false;
    mapped(vm, slf, |c| {
        let out = if previous_cased {
            db::to_lower(c)
        } else {
            db::to_title(c)
        };
        previous_cased = is_cased(c);
        out
    })
}

/// `fixcapitalize`: the first character upper-cased unless it is upper case, the others
/// lower-cased unless they are lower case.
fn capitalize(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    Ok(uni(s
        .iter()
        .enumerate()
        .map(|(i, &c)| match i {
            0 if !db::is_upper(c) => db::to_upper(c),
            0 => c,
            _ if !db::is_lower(c) => db::to_lower(c),
            _ => c,
        })
        .collect()))
}

fn all_of(vm: &Vm, slf: Option<&ObjRef>, f: impl Fn(u32) -> bool) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    Ok(new_bool(!s.is_empty() && s.iter().all(|c| f(*c))))
}

fn isspace(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_of(vm, slf, is_space)
}

fn isalpha(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_of(vm, slf, db::is_alpha)
}

fn isalnum(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_of(vm, slf, db::is_alnum)
}

fn isdigit(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_of(vm, slf, db::is_digit)
}

fn isdecimal(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_of(vm, slf, db::is_decimal)
}

fn isnumeric(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_of(vm, slf, db::is_numeric)
}

/// `islower`/`isupper`: at least one character of the wanted case, and none of the other
/// case or titlecase.
fn cased(vm: &Vm, slf: Option<&ObjRef>, want_upper: bool) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let mut any = false;
    for &c in &s {
        let (wanted, refused) = if want_upper {
            (db::is_upper(c), db::is_lower(c))
        } else {
            (db::is_lower(c), db::is_upper(c))
        };
        if refused || db::is_title(c) {
            return Ok(new_bool(false));
        }
        any |= wanted;
    }
    Ok(new_bool(any))
}

fn islower(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    cased(vm, slf, false)
}

fn isupper(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    cased(vm, slf, true)
}

/// `unicode_istitle`: upper and title case characters only start words, lower case ones
/// only continue them (a lone character's shortcut in C gives the same answer).
fn istitle(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    Ok(new_bool(super::code_unit::is_titled(
        s.iter().copied(),
        |c| db::is_upper(c) || db::is_title(c),
        db::is_lower,
    )))
}

// ----- padding, partition --------------------------------------------------------------------

/// `(width, fillchar)` of `center`/`ljust`/`rjust`.
fn pad_args(vm: &Vm, a: &Args, name: &str) -> PyResult<(usize, u32)> {
    let a = parse(vm, a, name, 1, 2)?;
    let width = ssize_arg(vm, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        Some(f) => {
            let f = coerce(vm, f)
                .map_err(|_| vm.type_error("The fill character cannot be converted to Unicode"))?;
            if f.len() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            f[0]
        }
        None => 0x20,
    };
    Ok((width, fill))
}

fn padded(vm: &Vm, slf: Option<&ObjRef>, a: &Args, name: &str) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (width, fill) = pad_args(vm, a, name)?;
    if s.len() >= width {
        return Ok(uni(s));
    }
    vm.check_alloc(width as u128 * 4)?;
    let total = width - s.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => total,
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&s);
    out.resize(width, fill);
    Ok(uni(out))
}

fn center(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    padded(vm, slf, &a, "center")
}

fn ljust(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    padded(vm, slf, &a, "ljust")
}

fn rjust(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    padded(vm, slf, &a, "rjust")
}

fn zfill(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, &a, "zfill", 1, 1)?;
    let width = ssize_arg(vm, &a[0])?.max(0) as usize;
    if s.len() >= width {
        return Ok(uni(s));
    }
    vm.check_alloc(width as u128 * 4)?;
    let mut out = vec![u32::from(b'0'); width - s.len()];
    out.extend_from_slice(&s);
    if let Some(&sign @ (0x2b | 0x2d)) = s.first() {
        out[0] = sign;
        let k = width - s.len();
        out[k] = u32::from(b'0');
    }
    Ok(uni(out))
}

fn partition_impl(vm: &Vm, slf: Option<&ObjRef>, sep: &ObjRef, right: bool) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let sep = coerce(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        rfind_sub(&s, &sep)
    } else {
        find_sub(&s, &sep, 0)
    };
    let parts = match (found, right) {
        (Some(i), _) => [s[..i].to_vec(), sep.clone(), s[i + sep.len()..].to_vec()],
        (None, false) => [s, Vec::new(), Vec::new()],
        (None, true) => [Vec::new(), Vec::new(), s],
    };
    Ok(new_tuple(parts.into_iter().map(uni).collect()))
}

fn partition(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    partition_impl(vm, slf, &a.pos[0], false)
}

fn rpartition(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    partition_impl(vm, slf, &a.pos[0], true)
}

// ----- codecs --------------------------------------------------------------------------------

/// `unicode.encode([encoding[, errors]])`.
fn encode(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    this(vm, slf)?;
    crate::codecs::codec_method(vm, slf, &a, crate::codecs::Direction::Encode)
}

/// `unicode.decode([encoding[, errors]])`.
fn decode(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    this(vm, slf)?;
    crate::codecs::codec_method(vm, slf, &a, crate::codecs::Direction::Decode)
}

/// `unicode([object[, encoding[, errors]]])`.
pub fn construct(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    let b = super::functions::bind_keywords(vm, a, "unicode", &["string", "encoding", "errors"])?;
    let Some(obj) = &b[0] else {
        return Ok(uni(Vec::new()));
    };
    let mut strings = Vec::with_capacity(2);
    for (pos, arg) in [(2, &b[1]), (3, &b[2])] {
        strings.push(match arg {
            Some(o) => Some(crate::codecs::text_arg(vm, o, "unicode", pos, "string")?),
            None => None,
        });
    }
    let [encoding, errors]: [Option<Vec<u8>>; 2] = [strings[0].take(), strings[1].take()];
    if encoding.is_none() && errors.is_none() {
        if let (Payload::Unicode(_), None) = (&obj.payload, &obj.heap) {
            return Ok(obj.clone());
        }
        return Ok(uni(vm.to_unicode(obj)?));
    }
    match &obj.payload {
        Payload::Str(_) => {}
        Payload::Unicode(_) => {
            return Err(vm.type_error("decoding Unicode is not supported"));
        }
        _ => {
            return Err(vm.type_error(format!(
                "coercing to Unicode: need string or buffer, {} found",
                vm.type_name(obj)
            )))
        }
    };
    if obj.as_str_bytes().is_some_and(<[u8]>::is_empty) {
        return Ok(uni(Vec::new()));
    }
    let encoding = encoding.unwrap_or_else(|| b"ascii".to_vec());
    crate::codecs::decode_str(vm, obj, &encoding, errors.as_deref())
}
