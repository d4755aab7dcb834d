//! `_sre.SRE_Scanner`: a pattern bound to a subject, handing out one match per call of
//! `match` or `search`, each starting where the last ended (one further after an empty
//! match). `finditer` iterates over a scanner's `search`.

use std::cell::Cell;

use super::match_object::new_match;
use super::matcher::State;
use super::pattern::Pattern;
use super::{engine_result, text_of, with_text};
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{self, new_native, NativeData};
use crate::objects::{none, Args, MethodDef, ObjRef};
use crate::runtime::Vm;

pub static METHODS: &[MethodDef] = &[
    def!("match", NoArgs, scanner_match),
    def!("search", NoArgs, scanner_search),
];

pub struct Scanner {
    pattern: ObjRef,
    string: ObjRef,
    pos: usize,
    end: usize,
    /// Where the next attempt starts; None once the scanner is exhausted.
    start: Cell<Option<usize>>,
}

pub fn new_scanner(
    ty: &ObjRef,
    pattern: &ObjRef,
    string: &ObjRef,
    pos: usize,
    end: usize,
) -> ObjRef {
    new_native(
        ty,
        Scanner {
            pattern: pattern.clone(),
            string: string.clone(),
            pos,
            end,
            start: Cell::new(Some(pos)),
        },
    )
}

impl NativeData for Scanner {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn member(&self, name: &[u8]) -> Option<ObjRef> {
        (name == b"pattern").then(|| self.pattern.clone())
    }
}

fn scanner_match(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    next_match(vm, me, false)
}

fn scanner_search(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    next_match(vm, me, true)
}

/// `scanner_match` / `scanner_search`.
fn next_match(vm: &mut Vm, me: Option<&ObjRef>, search: bool) -> PyResult<ObjRef> {
    let Some(scanner) = me.and_then(native::data::<Scanner>) else {
        return Err(vm.type_error("descriptor requires a '_sre.SRE_Scanner' object"));
    };
    let Some(start) = scanner.start.get() else {
        return Ok(none());
    };
    let Some(pat) = native::data::<Pattern>(&scanner.pattern) else {
        return Err(vm.system_error("scanner without its pattern"));
    };
    let text = text_of(vm, &scanner.string)?;
    with_text!(text, t => {
        let mut state = State::new(&pat.code, t, pat.flags, start, scanner.end);
        let found = if search { state.search(vm) } else { state.run(vm, 0) };
        let found = engine_result(vm, found)?;
        let result = if found {
            new_match(vm, &scanner.pattern, pat, &state, &scanner.string, scanner.pos, scanner.end)?
        } else {
            none()
        };
        let next = if !found {
            None
        } else if state.ptr != state.start {
            Some(state.ptr)
        } else if state.ptr != state.end {
            Some(state.ptr + 1)
        } else {
            None
        };
        scanner.start.set(next);
        Ok(result)
    })
}
