//! `_sre.SRE_Pattern`: a compiled regular expression — its code list, group count and
//! names, and the methods that run the engine over a subject (`match`, `search`,
//! `findall`, `finditer`, `split`, `sub`, `subn`, `scanner`).
//!
//! Python code runs from here only where CPython's C calls it: `sub` with a template that
//! holds a backslash calls `re._subx(pattern, template)`, and a callable replacement is
//! called once per match with the match object.

use super::match_object::new_match;
use super::matcher::{State, SubjectChar};
use super::validate::{validate, Invalid};
use super::{
    c_int_arg, call_re, clamp, engine_result, slice, sre_type, text_of, with_text, PATTERN_TYPE,
    SCANNER_TYPE,
};
use crate::builtins::functions::args::{as_bigint, parse, ssize_arg};
use crate::builtins::functions::bind_keywords;
use crate::def;
use crate::error::{FaultKind, PyErr, PyResult};
use crate::objects::native::{self, new_native, NativeData};
use crate::objects::{
    new_int, new_list, new_str_from, new_tuple, none, Args, MethodDef, ObjRef, Payload,
};
use crate::runtime::Vm;
use num_traits::ToPrimitive;

pub static METHODS: &[MethodDef] = &[
    def!("match", Keywords, pattern_match),
    def!("search", Keywords, pattern_search),
    def!("sub", Keywords, pattern_sub),
    def!("subn", Keywords, pattern_subn),
    def!("split", Keywords, pattern_split),
    def!("findall", Keywords, pattern_findall),
    def!("finditer", VarArgs, pattern_finditer),
    def!("scanner", VarArgs, pattern_scanner),
    def!("__copy__", NoArgs, pattern_copy),
    def!("__deepcopy__", O, pattern_deepcopy),
];

pub struct Pattern {
    pub code: Vec<u32>,
    pub groups: usize,
    pub groupindex: Option<ObjRef>,
    pub indexgroup: Option<ObjRef>,
    pub source: ObjRef,
    pub flags: i64,
}

impl NativeData for Pattern {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn member(&self, name: &[u8]) -> Option<ObjRef> {
        match name {
            b"pattern" => Some(self.source.clone()),
            b"flags" => Some(new_int(self.flags)),
            b"groups" => Some(new_int(self.groups as i64)),
            b"groupindex" => Some(self.groupindex.clone().unwrap_or_else(none)),
            _ => None,
        }
    }
}

/// The pattern a method was called on.
fn this<'a>(vm: &Vm, me: Option<&'a ObjRef>) -> PyResult<(&'a ObjRef, &'a Pattern)> {
    me.and_then(|m| native::data::<Pattern>(m).map(|p| (m, p)))
        .ok_or_else(|| vm.type_error("descriptor requires a '_sre.SRE_Pattern' object"))
}

/// `_sre.compile(pattern, flags, code, groups=0, groupindex=None, indexgroup=None)`.
pub fn compile(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "compile", 3, 6)?;
    let flags = c_int_arg(vm, &a[1])?;
    let Payload::List(list) = &a[2].payload else {
        return Err(vm.type_error(format!(
            "argument 3 must be list, not {}",
            vm.type_name(&a[2])
        )));
    };
    let groups = match a.get(3) {
        Some(g) => ssize_arg(vm, g)?,
        None => 0,
    };
    let items = list.borrow().clone();
    let mut code = Vec::with_capacity(items.len());
    for item in &items {
        code.push(code_word(vm, item)?);
    }
    match validate(&code, groups) {
        Ok(()) => {}
        Err(Invalid::Code) => return Err(vm.runtime_error("invalid SRE code")),
        Err(Invalid::TooDeep) => {
            return Err(PyErr::fault(
                FaultKind::Limit,
                "regular expression code nested too deeply",
            ))
        }
    }
    let ty = sre_type(vm, PATTERN_TYPE)?;
    Ok(new_native(
        &ty,
        Pattern {
            code,
            groups: groups as usize,
            groupindex: a.get(4).cloned(),
            indexgroup: a.get(5).cloned(),
            source: a[0].clone(),
            flags: flags as i64,
        },
    ))
}

/// One code word: an int or long that fits 32 unsigned bits.
fn code_word(vm: &Vm, item: &ObjRef) -> PyResult<u32> {
    let too_big = || vm.overflow_error("regular expression code size limit exceeded");
    match &item.payload {
        Payload::Int(_) | Payload::Bool(_) => {
            // `(unsigned long) PyInt_AsLong(o)`, then the check that it fits a code word.
            let v = as_bigint(item).and_then(|v| v.to_i64()).unwrap_or(-1);
            u32::try_from(v).map_err(|_| too_big())
        }
        Payload::Long(l) => l.to_u32().ok_or_else(too_big),
        _ => Err(vm.system_error("Objects/longobject.c:426: bad argument to internal function")),
    }
}

/// `check_args_size`: positional and keyword arguments together.
fn check_args_size(vm: &Vm, a: &Args, name: &str, n: usize) -> PyResult<()> {
    let m = a.pos.len() + a.kw.len();
    if m <= n {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "{name}() takes at most {n} positional arguments ({m} given)"
    )))
}

/// `fix_string_param`: the subject under its name or the deprecated old one.
fn fix_string_param(
    vm: &Vm,
    string: Option<ObjRef>,
    old: Option<ObjRef>,
    oldname: &str,
) -> PyResult<ObjRef> {
    match (string, old) {
        (Some(_), Some(_)) => Err(vm.type_error(format!(
            "Argument given by name ('{oldname}') and position (1)"
        ))),
        (None, Some(s)) | (Some(s), None) => Ok(s),
        (None, None) => Err(vm.type_error("Required argument 'string' (pos 1) not found")),
    }
}

fn ssize_or(vm: &Vm, obj: &Option<ObjRef>, default: i64) -> PyResult<i64> {
    match obj {
        Some(o) => ssize_arg(vm, o),
        None => Ok(default),
    }
}

/// `(string, pos, endpos)` of `match`, `search` and `findall`.
fn subject_args(vm: &Vm, a: &Args, name: &str, oldname: &str) -> PyResult<(ObjRef, i64, i64)> {
    check_args_size(vm, a, name, 3)?;
    let b = bind_keywords(vm, a, name, &["string", "pos", "endpos", oldname])?;
    let pos = ssize_or(vm, &b[1], 0)?;
    let endpos = ssize_or(vm, &b[2], i64::MAX)?;
    let string = fix_string_param(vm, b[0].clone(), b[3].clone(), oldname)?;
    Ok((string, pos, endpos))
}

fn pattern_match(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (string, pos, endpos) = subject_args(vm, &a, "match", "pattern")?;
    run_once(vm, me, &string, pos, endpos, false)
}

fn pattern_search(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (string, pos, endpos) = subject_args(vm, &a, "search", "pattern")?;
    run_once(vm, me, &string, pos, endpos, true)
}

/// One match or search over `string[pos:endpos]`: a match object or None.
fn run_once(
    vm: &mut Vm,
    me: Option<&ObjRef>,
    string: &ObjRef,
    pos: i64,
    endpos: i64,
    search: bool,
) -> PyResult<ObjRef> {
    let (me, pat) = this(vm, me)?;
    let text = text_of(vm, string)?;
    let (start, end) = (
        clamp(pos, text.char_count()),
        clamp(endpos, text.char_count()),
    );
    with_text!(text, t => {
        let mut state = State::new(&pat.code, t, pat.flags, start, end);
        let found = if search { state.search(vm) } else { state.run(vm, 0) };
        if engine_result(vm, found)? {
            new_match(vm, me, pat, &state, string, start, end)
        } else {
            Ok(none())
        }
    })
}

/// `state_getslice`: group `index` of the state's match; an unset group is None, or an
/// empty string when `empty`.
fn state_group<T: SubjectChar>(
    vm: &mut Vm,
    state: &State<T>,
    index: usize,
    string: &ObjRef,
    empty: bool,
) -> PyResult<ObjRef> {
    match state.group_span(index) {
        Some((i, j)) => slice(vm, string, i, j),
        None if empty => slice(vm, string, 0, 0),
        None => Ok(none()),
    }
}

fn pattern_findall(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (string, pos, endpos) = subject_args(vm, &a, "findall", "source")?;
    let (_, pat) = this(vm, me)?;
    let text = text_of(vm, &string)?;
    let (start, end) = (
        clamp(pos, text.char_count()),
        clamp(endpos, text.char_count()),
    );
    let mut found = Vec::new();
    with_text!(text, t => {
        let mut state = State::new(&pat.code, t, pat.flags, start, end);
        while state.start <= state.end {
            state.reset();
            state.ptr = state.start;
            let hit = state.search(vm);
            if !engine_result(vm, hit)? {
                break;
            }
            // No match object: the whole match, the one group, or a tuple of groups.
            let item = match pat.groups {
                0 => slice(vm, &string, state.start, state.ptr)?,
                1 => state_group(vm, &state, 1, &string, true)?,
                n => {
                    let mut items = Vec::with_capacity(n);
                    for i in 1..=n {
                        items.push(state_group(vm, &state, i, &string, true)?);
                    }
                    new_tuple(items)
                }
            };
            found.push(item);
            state.start = if state.ptr == state.start { state.ptr + 1 } else { state.ptr };
        }
    });
    Ok(new_list(found))
}

/// `finditer(string, pos, endpos)`: a callable-iterator over a scanner's `search`.
fn pattern_finditer(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let scanner = pattern_scanner(vm, me, a)?;
    let search = vm.getattr(&scanner, &new_str_from("search"))?;
    Ok(crate::builtins::constructors::new_iter(
        crate::objects::iter::IterState::Callable {
            func: Some(search),
            sentinel: none(),
        },
    ))
}

/// `scanner(string, pos, endpos)`.
fn pattern_scanner(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "scanner", 1, 3)?;
    let pos = ssize_or(vm, &a.get(1).cloned(), 0)?;
    let endpos = ssize_or(vm, &a.get(2).cloned(), i64::MAX)?;
    let (me, _) = this(vm, me)?;
    let len = text_of(vm, &a[0])?.char_count();
    let ty = sre_type(vm, SCANNER_TYPE)?;
    Ok(super::scanner::new_scanner(
        &ty,
        me,
        &a[0],
        clamp(pos, len),
        clamp(endpos, len),
    ))
}

fn pattern_split(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    check_args_size(vm, &a, "split", 2)?;
    let b = bind_keywords(vm, &a, "split", &["string", "maxsplit", "source"])?;
    let maxsplit = ssize_or(vm, &b[1], 0)?;
    let string = fix_string_param(vm, b[0].clone(), b[2].clone(), "source")?;
    let (_, pat) = this(vm, me)?;
    let text = text_of(vm, &string)?;
    let end = text.char_count();
    let mut parts = Vec::new();
    with_text!(text, t => {
        let mut state = State::new(&pat.code, t, pat.flags, 0, end);
        let mut n = 0;
        let mut last = state.start;
        while maxsplit == 0 || n < maxsplit {
            state.reset();
            state.ptr = state.start;
            let hit = state.search(vm);
            if !engine_result(vm, hit)? {
                break;
            }
            if state.start == state.ptr {
                // An empty match does not split.
                if last == state.end || state.ptr == state.end {
                    break;
                }
                state.start = state.ptr + 1;
                continue;
            }
            parts.push(slice(vm, &string, last, state.start)?);
            for i in 1..=pat.groups {
                parts.push(state_group(vm, &state, i, &string, false)?);
            }
            n += 1;
            state.start = state.ptr;
            last = state.start;
        }
        parts.push(slice(vm, &string, last, end)?);
    });
    Ok(new_list(parts))
}

fn pattern_sub(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    substitute(vm, me, a, "sub", false)
}

fn pattern_subn(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    substitute(vm, me, a, "subn", true)
}

/// What replaces each match.
enum Replacement {
    /// Called with each match object; None adds nothing.
    Callable(ObjRef),
    /// Added as it is.
    Literal(ObjRef),
}

/// `pattern_subx`.
fn substitute(
    vm: &mut Vm,
    me: Option<&ObjRef>,
    a: Args,
    name: &str,
    with_count: bool,
) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, &a, name, &["repl", "string", "count"])?;
    let Some(template) = b[0].clone() else {
        return Err(vm.type_error("Required argument 'repl' (pos 1) not found"));
    };
    let Some(string) = b[1].clone() else {
        return Err(vm.type_error("Required argument 'string' (pos 2) not found"));
    };
    let count = ssize_or(vm, &b[2], 0)?;
    let (me, pat) = this(vm, me)?;
    let replacement = if vm.is_callable(&template) {
        Replacement::Callable(template)
    } else {
        let literal = match text_of(vm, &template) {
            Ok(t) => with_text!(t, t => !t.iter().any(|&c| c.code() == b'\\' as u32)),
            Err(_) => false,
        };
        if literal {
            Replacement::Literal(template)
        } else {
            // A template with escapes: `re._subx` compiles it.
            let filter = call_re(vm, "_subx", &[me.clone(), template])?;
            if vm.is_callable(&filter) {
                Replacement::Callable(filter)
            } else {
                Replacement::Literal(filter)
            }
        }
    };
    let text = text_of(vm, &string)?;
    let end = text.char_count();
    let mut pieces = Vec::new();
    let mut n: i64 = 0;
    with_text!(text, t => {
        let mut state = State::new(&pat.code, t, pat.flags, 0, end);
        let mut i = 0;
        while count == 0 || n < count {
            state.reset();
            state.ptr = state.start;
            let hit = state.search(vm);
            if !engine_result(vm, hit)? {
                break;
            }
            let (b, e) = (state.start, state.ptr);
            let skip = if i < b {
                pieces.push(slice(vm, &string, i, b)?);
                false
            } else {
                // An empty match right after the previous one is ignored.
                i == b && i == e && n > 0
            };
            if !skip {
                let item = match &replacement {
                    Replacement::Callable(f) => {
                        let m = new_match(vm, me, pat, &state, &string, 0, end)?;
                        vm.call_object(f, &[m], &[])?
                    }
                    Replacement::Literal(l) => l.clone(),
                };
                if !item.is_none() {
                    pieces.push(item);
                }
                i = e;
                n += 1;
            }
            if state.ptr == state.end {
                break;
            }
            state.start = if state.ptr == state.start { state.ptr + 1 } else { state.ptr };
        }
        if i < end {
            pieces.push(slice(vm, &string, i, end)?);
        }
    });
    let joined = join_list(vm, pieces, &string)?;
    Ok(if with_count {
        new_tuple(vec![joined, new_int(n)])
    } else {
        joined
    })
}

/// `join_list`: the pieces joined by an empty slice of the subject.
fn join_list(vm: &mut Vm, pieces: Vec<ObjRef>, string: &ObjRef) -> PyResult<ObjRef> {
    let joiner = slice(vm, string, 0, 0)?;
    if pieces.is_empty() {
        return Ok(joiner);
    }
    let join = vm.getattr(&joiner, &new_str_from("join"))?;
    vm.call_object(&join, &[new_list(pieces)], &[])
}

fn pattern_copy(vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot copy this pattern object"))
}

fn pattern_deepcopy(vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot deepcopy this pattern object"))
}
