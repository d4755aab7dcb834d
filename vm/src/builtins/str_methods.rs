//! The methods of `str` (Objects/stringobject.c's `string_methods`), on bytes with the C
//! locale's character classes, as CPython computes them. A `unicode` argument, which would
//! make CPython switch to the unicode method, is reported as unsupported.

use super::code_unit::CodeUnit;
use super::functions::args::{adjust_indices, int_arg, parse, slice_index, ssize_arg};
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::{
    new_bool, new_int, new_list, new_str, new_tuple, Args, MethodDef, ObjRef, Payload,
};
use crate::runtime::Vm;

pub static STR_METHODS: &[MethodDef] = &[
    def!("join", O, join),
    def!("split", VarArgs, split),
    def!("rsplit", VarArgs, rsplit),
    def!("lower", NoArgs, lower),
    def!("upper", NoArgs, upper),
    def!("translate", VarArgs, translate),
    def!("islower", NoArgs, islower),
    def!("isupper", NoArgs, isupper),
    def!("isspace", NoArgs, isspace),
    def!("isdigit", NoArgs, isdigit),
    def!("istitle", NoArgs, istitle),
    def!("isalpha", NoArgs, isalpha),
    def!("isalnum", NoArgs, isalnum),
    def!("capitalize", NoArgs, capitalize),
    def!("count", VarArgs, count),
    def!("endswith", VarArgs, endswith),
    def!("partition", O, partition),
    def!("find", VarArgs, find),
    def!("index", VarArgs, index),
    def!("lstrip", VarArgs, lstrip),
    def!("replace", VarArgs, replace),
    def!("rfind", VarArgs, rfind),
    def!("rindex", VarArgs, rindex),
    def!("rstrip", VarArgs, rstrip),
    def!("rpartition", O, rpartition),
    def!("startswith", VarArgs, startswith),
    def!("strip", VarArgs, strip),
    def!("swapcase", NoArgs, swapcase),
    def!("title", NoArgs, title),
    def!("ljust", VarArgs, ljust),
    def!("rjust", VarArgs, rjust),
    def!("center", VarArgs, center),
    def!("zfill", VarArgs, zfill),
    def!("expandtabs", VarArgs, expandtabs),
    def!("splitlines", VarArgs, splitlines),
    def!("encode", Keywords, encode),
    def!("decode", Keywords, decode),
];

/// A unicode argument switches to the unicode method with `self` decoded, as CPython's str
/// methods call `PyUnicode_*` then.
macro_rules! or_unicode {
    ($vm:expr, $name:literal, $slf:expr, $args:expr) => {
        if let Some(r) = super::unicode_methods::retry_as_unicode($vm, $name, $slf, &$args)? {
            return Ok(r);
        }
    };
}

/// The bytes of `self` (the VM only binds these methods to `str` objects).
fn this<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a [u8]> {
    slf.and_then(|s| s.as_str_bytes())
        .ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

fn unicode_unsupported(what: &str) -> PyErr {
    PyErr::unsupported(format!("str.{what} with a unicode argument"))
}

/// A str argument where CPython accepts any character buffer (`PyObject_AsCharBuffer`).
fn buffer_arg<'a>(vm: &Vm, obj: &'a ObjRef, what: &str) -> PyResult<&'a [u8]> {
    match &obj.payload {
        Payload::Str(s) => Ok(s.as_bytes()),
        Payload::Unicode(_) => Err(unicode_unsupported(what)),
        _ => Err(vm.type_error("expected a string or other character buffer object")),
    }
}

/// `Py_ISSPACE` in the C locale.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strs(parts: Vec<&[u8]>) -> ObjRef {
    new_list(parts.into_iter().map(|p| new_str(p.to_vec())).collect())
}

// ----- join, split ---------------------------------------------------------------------------

/// `string_join`: every item must be a str; the total size is checked before building.
fn join(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let sep = this(vm, slf)?;
    let seq = &args.pos[0];
    let items = vm.sequence_fast(seq, "can only join an iterable")?;
    if items.len() == 1 && matches!(items[0].payload, Payload::Str(_)) {
        return Ok(items[0].clone());
    }
    let mut total: u128 = 0;
    for (i, item) in items.iter().enumerate() {
        match &item.payload {
            Payload::Str(s) => {
                total += s.as_bytes().len() as u128 + if i > 0 { sep.len() as u128 } else { 0 }
            }
            Payload::Unicode(_) => {
                let sep = super::unicode_methods::decode_ascii(vm, sep)?;
                return super::unicode_methods::join_items(vm, &sep, seq);
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected string, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    vm.check_alloc(total)?;
    let mut out = Vec::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(item.as_str_bytes().unwrap_or_default());
    }
    Ok(new_str(out))
}

/// The `(sep, maxsplit)` arguments of split and rsplit; a negative maxsplit means no limit.
fn split_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a [u8]>, usize)> {
    let a = parse(vm, args, name, 0, 2)?;
    let maxsplit = match a.get(1) {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let sep = match a.first() {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => Some(buffer_arg(vm, s, name)?),
    };
    if sep == Some(&[][..]) {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "split", slf, args);
    let s = this(vm, slf)?;
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    Ok(strs(match sep {
        None => split_whitespace(s, maxsplit),
        Some(sep) => split_sep(s, sep, maxsplit),
    }))
}

fn rsplit(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "rsplit", slf, args);
    let s = this(vm, slf)?;
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    // rsplit is split on the reversed string, with each piece reversed back.
    let rev: Vec<u8> = s.iter().rev().copied().collect();
    let pieces = match sep {
        None => split_whitespace(&rev, maxsplit),
        Some(sep) => {
            let rsep: Vec<u8> = sep.iter().rev().copied().collect();
            split_sep(&rev, &rsep, maxsplit)
        }
    };
    let mut out: Vec<ObjRef> = pieces
        .iter()
        .map(|p| new_str(p.iter().rev().copied().collect()))
        .collect();
    out.reverse();
    Ok(new_list(out))
}

/// `stringlib_split_whitespace`: runs of whitespace separate; leading and trailing ones vanish
/// except after the last permitted split.
fn split_whitespace(s: &[u8], maxsplit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = s.len();
    let mut splits = 0;
    while i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if splits == maxsplit {
            out.push(&s[i..]);
            break;
        }
        let j = i;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push(&s[j..i]);
        splits += 1;
    }
    out
}

fn split_sep<'a>(s: &'a [u8], sep: &[u8], maxsplit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < maxsplit {
        match find_bytes(&s[start..], sep) {
            Some(p) => {
                out.push(&s[start..start + p]);
                start += p + sep.len();
            }
            None => break,
        }
    }
    out.push(&s[start..]);
    out
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `string_splitlines`: breaks at `\n`, `\r` and `\r\n`, keeping them when asked.
fn splitlines(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let keepends = keepends_arg(vm, &args)?;
    let is_break = |c: u8| c == b'\n' || c == b'\r';
    Ok(strs(split_lines(s, keepends, is_break)))
}

/// The `keepends` argument of `splitlines` (`|i`).
pub(crate) fn keepends_arg(vm: &Vm, args: &Args) -> PyResult<bool> {
    let a = parse(vm, args, "splitlines", 0, 1)?;
    match a.first() {
        Some(k) => Ok(int_arg(vm, k)? != 0),
        None => Ok(false),
    }
}

/// `stringlib_splitlines`: the lines of `s`, each ended by a line break (`\r\n` being one),
/// with it when `keepends`.
pub(crate) fn split_lines<U: CodeUnit>(
    s: &[U],
    keepends: bool,
    is_break: impl Fn(U) -> bool,
) -> Vec<&[U]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let start = i;
        while i < s.len() && !is_break(s[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < s.len() {
            if s[i].is(b'\r') && s.get(i + 1).is_some_and(|c| c.is(b'\n')) {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&s[start..eol]);
    }
    out
}

// ----- partition -----------------------------------------------------------------------------

fn partition(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "partition", slf, args);
    partition_impl(vm, slf, &args.pos[0], false)
}

fn rpartition(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "rpartition", slf, args);
    partition_impl(vm, slf, &args.pos[0], true)
}

fn partition_impl(
    vm: &Vm,
    slf: Option<&ObjRef>,
    sep: &ObjRef,
    from_right: bool,
) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let sep_b = buffer_arg(vm, sep, "partition")?;
    if sep_b.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if from_right {
        rfind_bytes(s, sep_b)
    } else {
        find_bytes(s, sep_b)
    };
    let parts = match found {
        Some(p) => vec![
            new_str(s[..p].to_vec()),
            sep.clone(),
            new_str(s[p + sep_b.len()..].to_vec()),
        ],
        None if from_right => vec![
            new_str(Vec::new()),
            new_str(Vec::new()),
            slf.cloned().unwrap_or_else(|| new_str(s.to_vec())),
        ],
        None => vec![
            slf.cloned().unwrap_or_else(|| new_str(s.to_vec())),
            new_str(Vec::new()),
            new_str(Vec::new()),
        ],
    };
    Ok(new_tuple(parts))
}

// ----- find, index, count, startswith, endswith ----------------------------------------------

/// `stringlib_parse_args_finds`: `(sub[, start[, end]])`, the bounds adjusted to the string.
fn find_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    len: usize,
) -> PyResult<(&'a ObjRef, i64, i64)> {
    let a = parse(vm, args, name, 1, 3)?;
    let start = slice_index(vm, a.get(1), 0)?;
    let end = slice_index(vm, a.get(2), i64::MAX)?;
    let (start, end) = adjust_indices(start, end, len as i64);
    Ok((&a[0], start, end))
}

/// The name `string_find_internal` reports argument errors under.
const FINDS: &str = "find/rfind/index/rindex";

/// `string_find_internal`: the index of `sub` in `s[start:end]`, or -1.
fn find_in(vm: &Vm, slf: Option<&ObjRef>, args: &Args, name: &str, right: bool) -> PyResult<i64> {
    let s = this(vm, slf)?;
    let (sub, start, end) = find_args(vm, args, name, s.len())?;
    let sub = buffer_arg(vm, sub, name)?;
    if end < start {
        return Ok(-1);
    }
    let hay = &s[start as usize..end as usize];
    let found = if right {
        rfind_bytes(hay, sub)
    } else {
        find_bytes(hay, sub)
    };
    Ok(found.map_or(-1, |p| p as i64 + start))
}

fn find(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "find", slf, args);
    find_in(vm, slf, &args, FINDS, false).map(new_int)
}

fn rfind(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "rfind", slf, args);
    find_in(vm, slf, &args, FINDS, true).map(new_int)
}

fn index_in(
    vm: &Vm,
    slf: Option<&ObjRef>,
    args: &Args,
    name: &str,
    right: bool,
) -> PyResult<ObjRef> {
    match find_in(vm, slf, args, name, right)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(new_int(i)),
    }
}

fn index(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "index", slf, args);
    index_in(vm, slf, &args, FINDS, false)
}

fn rindex(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "rindex", slf, args);
    index_in(vm, slf, &args, FINDS, true)
}

/// `stringlib_count`: non-overlapping occurrences; an empty `sub` matches `len + 1` times.
fn count(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "count", slf, args);
    let s = this(vm, slf)?;
    let (sub, start, end) = find_args(vm, &args, "count", s.len())?;
    let sub = buffer_arg(vm, sub, "count")?;
    if end < start {
        return Ok(new_int(0));
    }
    let hay = &s[start as usize..end as usize];
    if sub.is_empty() {
        return Ok(new_int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_bytes(&hay[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    Ok(new_int(n))
}

/// `_string_tailmatch`, its quirks with out-of-range bounds included.
fn tailmatch(s: &[u8], sub: &[u8], start: i64, end: i64, at_end: bool) -> bool {
    let (len, slen) = (s.len() as i64, sub.len() as i64);
    let mut start = start;
    if !at_end {
        if start + slen > len {
            return false;
        }
    } else {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    }
    end - start >= slen && &s[start as usize..(start + slen) as usize] == sub
}

fn affix_match(
    vm: &Vm,
    slf: Option<&ObjRef>,
    args: &Args,
    name: &str,
    at_end: bool,
) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, args, name, 1, 3)?;
    let start = slice_index(vm, a.get(1), 0)?;
    let end = slice_index(vm, a.get(2), i64::MAX)?;
    let (start, end) = adjust_indices(start, end, s.len() as i64);
    let subs: Vec<ObjRef> = match &a[0].payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::Str(_) => vec![a[0].clone()],
        Payload::Unicode(_) => return Err(unicode_unsupported(name)),
        _ => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str, unicode, or tuple, not {}",
                vm.type_name(&a[0])
            )))
        }
    };
    for sub in &subs {
        if tailmatch(s, buffer_arg(vm, sub, name)?, start, end, at_end) {
            return Ok(new_bool(true));
        }
    }
    Ok(new_bool(false))
}

fn startswith(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "startswith", slf, args);
    affix_match(vm, slf, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "endswith", slf, args);
    affix_match(vm, slf, &args, "endswith", true)
}

// ----- strip, replace ------------------------------------------------------------------------

/// `do_argstrip`: strips whitespace, or the bytes of the argument, from the chosen sides.
fn strip_impl(
    vm: &Vm,
    slf: Option<&ObjRef>,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, args, name, 0, 1)?;
    let chars: Option<&[u8]> = match a.first() {
        None => None,
        Some(c) if c.is_none() => None,
        Some(c) => match &c.payload {
            Payload::Str(b) => Some(b.as_bytes()),
            Payload::Unicode(_) => return Err(unicode_unsupported(name)),
            _ => return Err(vm.type_error(format!("{name} arg must be None, str or unicode"))),
        },
    };
    let strip = |c: u8| chars.map_or(is_space(c), |set| set.contains(&c));
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j && strip(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(s[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == s.len() {
        if let Some(obj) = slf {
            return Ok(obj.clone());
        }
    }
    Ok(new_str(s[i..j].to_vec()))
}

fn strip(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "strip", slf, args);
    strip_impl(vm, slf, &args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "lstrip", slf, args);
    strip_impl(vm, slf, &args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "rstrip", slf, args);
    strip_impl(vm, slf, &args, "rstrip", false, true)
}

/// `string_replace`: at most `count` replacements (all when negative); an empty `old`
/// inserts `new` before every byte and at the end.
fn replace(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    or_unicode!(vm, "replace", slf, args);
    let s = this(vm, slf)?;
    let a = parse(vm, &args, "replace", 2, 3)?;
    let old = buffer_arg(vm, &a[0], "replace")?;
    let new = buffer_arg(vm, &a[1], "replace")?;
    let limit = match a.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::with_capacity(s.len());
    let mut done = 0;
    let mut i = 0;
    if old.is_empty() {
        while done < limit && i <= s.len() {
            vm.check_alloc((out.len() + new.len() + 1) as u128)?;
            out.extend_from_slice(new);
            done += 1;
            if i < s.len() {
                out.push(s[i]);
            }
            i += 1;
        }
        if i <= s.len() {
            out.extend_from_slice(&s[i.min(s.len())..]);
        }
        return Ok(new_str(out));
    }
    while done < limit {
        let Some(p) = find_bytes(&s[i..], old) else {
            break;
        };
        out.extend_from_slice(&s[i..i + p]);
        vm.check_alloc((out.len() + new.len()) as u128)?;
        out.extend_from_slice(new);
        i += p + old.len();
        done += 1;
    }
    if done == 0 {
        if let Some(obj) = slf {
            return Ok(obj.clone());
        }
    }
    out.extend_from_slice(&s[i..]);
    Ok(new_str(out))
}

// ----- case and character classes -----------------------------------------------------------

fn map_bytes(vm: &Vm, slf: Option<&ObjRef>, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<ObjRef> {
    Ok(new_str(f(this(vm, slf)?)))
}

fn lower(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    map_bytes(vm, slf, |s| s.to_ascii_lowercase())
}

fn upper(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    map_bytes(vm, slf, |s| s.to_ascii_uppercase())
}

/// `str.translate(table[, deletechars])`: characters in `deletechars` dropped, the rest
/// mapped through a 256-character table (None keeps them), as `string_translate` does.
fn translate(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let me = this(vm, slf)?;
    let a = super::functions::args::parse(vm, &a, "translate", 1, 2)?;
    if a.iter().any(|x| matches!(x.payload, Payload::Unicode(_))) {
        return Err(unicode_unsupported("translate"));
    }
    let table = if a[0].is_none() {
        None
    } else {
        let table = buffer_arg(vm, &a[0], "translate")?;
        if table.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(table)
    };
    let delete: &[u8] = match a.get(1) {
        Some(d) => buffer_arg(vm, d, "translate")?,
        None => b"",
    };
    let out = me
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_str(out))
}

fn swapcase(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    map_bytes(vm, slf, |s| {
        s.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    map_bytes(vm, slf, |s| {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.first_mut() {
            first.make_ascii_uppercase();
        }
        out
    })
}

/// `string_title`: a letter after a non-letter starts a word and is upper-cased.
fn title(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    map_bytes(vm, slf, |s| {
        let mut prev_cased = false;
        s.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// The `isX` predicates: true when the string is non-empty and every byte passes.
fn all_bytes(vm: &Vm, slf: Option<&ObjRef>, pred: fn(u8) -> bool) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    Ok(new_bool(!s.is_empty() && s.iter().all(|&c| pred(c))))
}

fn isspace(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_bytes(vm, slf, is_space)
}

fn isdigit(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_bytes(vm, slf, |c| c.is_ascii_digit())
}

fn isalpha(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_bytes(vm, slf, |c| c.is_ascii_alphabetic())
}

fn isalnum(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    all_bytes(vm, slf, |c| c.is_ascii_alphanumeric())
}

/// `islower`/`isupper`: at least one cased byte, and none of the other case.
fn cased(vm: &Vm, slf: Option<&ObjRef>, want_upper: bool) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let cases = s.iter().map(|c| {
        if c.is_ascii_uppercase() {
            Some(true)
        } else if c.is_ascii_lowercase() {
            Some(false)
        } else {
            None
        }
    });
    Ok(new_bool(only_case(cases, want_upper)))
}

/// The rule `islower` and `isupper` share for str and unicode: given each character's case
/// (`Some(true)` upper, `Some(false)` lower, None uncased), at least one character has the
/// wanted case and none the other.
pub(crate) fn only_case(cases: impl Iterator<Item = Option<bool>>, want_upper: bool) -> bool {
    let (mut any, mut wrong) = (false, false);
    for upper in cases.flatten() {
        any |= upper == want_upper;
        wrong |= upper != want_upper;
    }
    any && !wrong
}

fn islower(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    cased(vm, slf, false)
}

fn isupper(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    cased(vm, slf, true)
}

/// `string_istitle`: upper-case letters only start words, lower-case ones only continue them.
fn istitle(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    Ok(new_bool(super::code_unit::is_titled(
        s.iter().map(|&c| c as u32),
        |c| (c as u8).is_ascii_uppercase(),
        |c| (c as u8).is_ascii_lowercase(),
    )))
}

// ----- padding -------------------------------------------------------------------------------

/// `(width[, fillchar])` for ljust/rjust/center: the fill must be a one-character str.
fn pad_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(i64, u8)> {
    let a = parse(vm, args, name, 1, 2)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match f.as_str_bytes() {
            Some([c]) => *c,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be char, not {}",
                    vm.type_name(f)
                )))
            }
        },
    };
    Ok((width, fill))
}

/// `pad`: `left` and `right` fill bytes around the string (the string itself when none).
fn pad(
    vm: &Vm,
    slf: Option<&ObjRef>,
    s: &[u8],
    left: i64,
    right: i64,
    fill: u8,
) -> PyResult<ObjRef> {
    let (left, right) = (left.max(0) as usize, right.max(0) as usize);
    if left == 0 && right == 0 {
        if let Some(obj) = slf {
            return Ok(obj.clone());
        }
    }
    vm.check_alloc((left + s.len() + right) as u128)?;
    let mut out = vec![fill; left];
    out.extend_from_slice(s);
    out.resize(left + s.len() + right, fill);
    Ok(new_str(out))
}

fn ljust(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (width, fill) = pad_args(vm, &args, "ljust")?;
    pad(vm, slf, s, 0, width - s.len() as i64, fill)
}

fn rjust(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (width, fill) = pad_args(vm, &args, "rjust")?;
    pad(vm, slf, s, width - s.len() as i64, 0, fill)
}

/// `string_center`: the odd byte of padding goes left only when both margin and width are odd.
fn center(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let (width, fill) = pad_args(vm, &args, "center")?;
    let marg = width - s.len() as i64;
    if marg <= 0 {
        return pad(vm, slf, s, 0, 0, fill);
    }
    let left = marg / 2 + (marg & width & 1);
    pad(vm, slf, s, left, marg - left, fill)
}

/// `string_zfill`: zeros on the left, a leading sign moved in front of them.
fn zfill(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, &args, "zfill", 1, 1)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = width - s.len() as i64;
    if fill <= 0 {
        return pad(vm, slf, s, 0, 0, b'0');
    }
    let padded = pad(vm, slf, s, fill, 0, b'0')?;
    let mut bytes = padded.as_str_bytes().unwrap_or_default().to_vec();
    let f = fill as usize;
    if matches!(bytes.get(f), Some(b'+' | b'-')) {
        bytes[0] = bytes[f];
        bytes[f] = b'0';
    }
    Ok(new_str(bytes))
}

/// `string_expandtabs`: each tab advances to the next multiple of `tabsize` in its line.
fn expandtabs(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let s = this(vm, slf)?;
    let a = parse(vm, &args, "expandtabs", 0, 1)?;
    let tabsize = match a.first() {
        Some(t) => int_arg(vm, t)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(s.len());
    let mut col: i64 = 0;
    for &c in s {
        if c == b'\t' {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                vm.check_alloc((out.len() as i64 + n) as u128)?;
                out.extend(std::iter::repeat_n(b' ', n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(new_str(out))
}

/// `str.encode([encoding[, errors]])`: through the codec registry.
fn encode(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    crate::codecs::codec_method(vm, slf, &args, crate::codecs::Direction::Encode)
}

/// `str.decode([encoding[, errors]])`: through the codec registry.
fn decode(vm: &mut Vm, slf: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    crate::codecs::codec_method(vm, slf, &args, crate::codecs::Direction::Decode)
}
