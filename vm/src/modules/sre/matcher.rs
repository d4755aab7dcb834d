//! SRE's matching engine (`SRE_MATCH`, `SRE_SEARCH`, `SRE_COUNT`, `SRE_CHARSET`, `SRE_AT`
//! of Modules/_sre.c) over a compiled code list, for a subject of bytes (`str`) or code
//! points (`unicode`).
//!
//! The C engine already keeps its backtracking contexts on a heap stack and jumps between
//! them; this is the same machine: a [`Frame`] per context, a [`Jump`] naming the place in
//! the parent opcode that resumes when a child returns, and a data stack for the saved marks
//! and repeat positions. The order of attempts, the saving and restoring of `lastmark` and
//! `lastindex`, and the marks left behind by failed attempts are CPython's, since they decide
//! what `groups()` and `lastindex` report. Only `SRE_COUNT` on a multi-character item calls
//! the engine recursively, as C does; that recursion is bounded by the code's nesting.
//!
//! Every read of the code or the subject is bounds-checked: an impossible read is the
//! engine's "internal error", never a panic. The engine counts its work against the VM's
//! step and time limits, so a catastrophic pattern ends in the limit fault.

use super::chars;
use super::constants::*;
use super::validate::block_number;
use crate::error::{FaultKind, PyErr};
use crate::runtime::Vm;

/// A character of a subject: a byte of a `str` or a code point of a `unicode`.
pub trait SubjectChar: Copy {
    fn code(self) -> u32;
}

impl SubjectChar for u8 {
    fn code(self) -> u32 {
        self as u32
    }
}

impl SubjectChar for u32 {
    fn code(self) -> u32 {
        self
    }
}

/// How the engine stopped short of an answer.
pub enum EngineError {
    /// `SRE_ERROR_ILLEGAL`/`SRE_ERROR_STATE`: code the engine cannot run.
    Internal,
    /// A limit fault (or anything else raised while the engine ran).
    Raised(PyErr),
}

impl From<PyErr> for EngineError {
    fn from(e: PyErr) -> Self {
        EngineError::Raised(e)
    }
}

type R<T> = Result<T, EngineError>;

/// Engine operations between two steps charged to the VM.
const OPS_PER_STEP: u32 = 64;
/// `SRE_COUNT` recursion into the engine deeper than this is refused.
const MAX_COUNT_NESTING: u32 = 2_000;

/// `SRE_REPEAT`: the context of one REPEAT ... UNTIL loop.
#[derive(Clone, Copy)]
struct Repeat {
    count: isize,
    /// The REPEAT's operands (`<skip> <min> <max> item`).
    pattern: usize,
    /// Where the last iteration started (zero-width loop protection).
    last_ptr: Option<usize>,
    prev: Option<usize>,
}

/// Where a parent context resumes when a child context returns (`JUMP_*`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
}

/// `SRE_MATCH_CONTEXT`.
#[derive(Clone, Copy)]
struct Frame {
    jump: Jump,
    pc: usize,
    ptr: usize,
    count: isize,
    lastmark: isize,
    lastindex: isize,
    rep: Option<usize>,
    chr: u32,
}

impl Frame {
    fn new(pc: usize, jump: Jump) -> Frame {
        Frame {
            jump,
            pc,
            ptr: 0,
            count: 0,
            lastmark: -1,
            lastindex: -1,
            rep: None,
            chr: 0,
        }
    }
}

/// What a context does next.
enum Step {
    /// `DO_JUMP`: run a child context at that code position.
    Call(Jump, usize),
    /// `RETURN_SUCCESS` / `RETURN_FAILURE`.
    Return(bool),
    /// Go on with the opcodes after the one that resumed.
    Continue,
}

/// `SRE_STATE`: the subject, the current slice, the marks and the repeat contexts.
pub struct State<'a, T> {
    code: &'a [u32],
    text: &'a [T],
    /// Where the current match attempt started.
    pub start: usize,
    /// The end of the searched slice (`endpos`).
    pub end: usize,
    /// Where the engine is (after a match: where it ended).
    pub ptr: usize,
    pub lastmark: isize,
    pub lastindex: isize,
    pub marks: Vec<Option<usize>>,
    repeats: Vec<Repeat>,
    repeat: Option<usize>,
    /// The data stack: saved marks and repeat positions.
    saved: Vec<Option<usize>>,
    lower: fn(u32) -> u32,
    ops: u32,
    nesting: u32,
}

impl<'a, T: SubjectChar> State<'a, T> {
    /// `state_init` for the slice `start..end` (already clamped to the subject).
    pub fn new(code: &'a [u32], text: &'a [T], flags: i64, start: usize, end: usize) -> Self {
        State {
            code,
            text,
            start,
            end,
            ptr: start,
            lastmark: -1,
            lastindex: -1,
            marks: Vec::new(),
            repeats: Vec::new(),
            repeat: None,
            saved: Vec::new(),
            lower: chars::lower_for_flags(flags),
            ops: 0,
            nesting: 0,
        }
    }

    /// `state_reset`, before each search of `findall`, `split`, `sub` and the scanner.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.saved.clear();
    }

    /// The span of group `index` (1-based) if the engine set both its marks.
    pub fn group_span(&self, index: usize) -> Option<(usize, usize)> {
        let j = 2 * (index - 1);
        if (j + 1) as isize > self.lastmark {
            return None;
        }
        Some((
            self.marks.get(j).copied().flatten()?,
            self.marks.get(j + 1).copied().flatten()?,
        ))
    }

    fn op(&self, i: usize) -> R<u32> {
        self.code.get(i).copied().ok_or(EngineError::Internal)
    }

    fn ch(&self, i: usize) -> R<u32> {
        self.text
            .get(i)
            .map(|c| c.code())
            .ok_or(EngineError::Internal)
    }

    /// Charges the engine's work to the VM's limits.
    fn tick(&mut self, vm: &mut Vm) -> R<()> {
        self.ops = self.ops.wrapping_add(1);
        if self.ops.is_multiple_of(OPS_PER_STEP) {
            vm.step()?;
        }
        Ok(())
    }

    fn set_mark(&mut self, i: usize, value: Option<usize>) {
        if self.marks.len() <= i {
            self.marks.resize(i + 1, None);
        }
        self.marks[i] = value;
    }

    fn mark(&self, i: usize) -> Option<usize> {
        self.marks.get(i).copied().flatten()
    }

    // ----- the data stack -----------------------------------------------------------------

    /// `MARK_PUSH`: saves marks `0..=lastmark` (nothing when `lastmark` is 0 or less, as C).
    fn mark_push(&mut self, lastmark: isize) {
        if lastmark > 0 {
            for i in 0..=lastmark as usize {
                let m = self.mark(i);
                self.saved.push(m);
            }
        }
    }

    /// `MARK_POP` (discard) / `MARK_POP_KEEP` (restore, keep saved).
    fn mark_pop(&mut self, lastmark: isize, keep: bool) -> R<()> {
        if lastmark > 0 {
            let n = lastmark as usize + 1;
            let base = self
                .saved
                .len()
                .checked_sub(n)
                .ok_or(EngineError::Internal)?;
            for i in 0..n {
                let m = self.saved[base + i];
                self.set_mark(i, m);
            }
            if !keep {
                self.saved.truncate(base);
            }
        }
        Ok(())
    }

    /// `MARK_POP_DISCARD`.
    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark > 0 {
            let n = lastmark as usize + 1;
            let len = self.saved.len().saturating_sub(n);
            self.saved.truncate(len);
        }
    }

    fn rep(&self, id: Option<usize>) -> R<Repeat> {
        id.and_then(|i| self.repeats.get(i).copied())
            .ok_or(EngineError::Internal)
    }

    fn rep_mut(&mut self, id: Option<usize>) -> R<&mut Repeat> {
        id.and_then(|i| self.repeats.get_mut(i))
            .ok_or(EngineError::Internal)
    }

    // ----- predicates -----------------------------------------------------------------------

    /// `SRE_AT`.
    fn at(&self, ptr: usize, at: u32) -> R<bool> {
        let end = self.end;
        Ok(match at {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || chars::ascii_is_linebreak(self.ch(ptr - 1)?),
            AT_END => {
                (end.checked_sub(ptr) == Some(1) && chars::ascii_is_linebreak(self.ch(ptr)?))
                    || ptr == end
            }
            AT_END_LINE => ptr == end || chars::ascii_is_linebreak(self.ch(ptr)?),
            AT_END_STRING => ptr == end,
            _ => match chars::boundary_word_test(at) {
                Some(is_word) => {
                    if end == 0 {
                        return Ok(false);
                    }
                    let before = ptr > 0 && is_word(self.ch(ptr - 1)?);
                    let here = ptr < end && is_word(self.ch(ptr)?);
                    let boundary = matches!(at, AT_BOUNDARY | AT_LOC_BOUNDARY | AT_UNI_BOUNDARY);
                    (before != here) == boundary
                }
                None => false,
            },
        })
    }

    /// `SRE_CHARSET`: is `ch` in the set starting at `code[set]`? A malformed set is no match.
    fn in_set(&self, mut set: usize, ch: u32) -> bool {
        let word = |i: usize| self.code.get(i).copied();
        let mut ok = true;
        loop {
            let Some(op) = word(set) else { return false };
            set += 1;
            match op {
                OP_FAILURE => return !ok,
                OP_LITERAL => {
                    if Some(ch) == word(set) {
                        return ok;
                    }
                    set += 1;
                }
                OP_CATEGORY => {
                    match word(set) {
                        Some(cat) if chars::category(cat, ch) => return ok,
                        Some(_) => {}
                        None => return false,
                    }
                    set += 1;
                }
                OP_CHARSET => {
                    if ch < 256 {
                        let Some(bits) = word(set + (ch >> 5) as usize) else {
                            return false;
                        };
                        if bits & (1 << (ch & 31)) != 0 {
                            return ok;
                        }
                    }
                    set += 8;
                }
                OP_RANGE => {
                    let (Some(lo), Some(hi)) = (word(set), word(set + 1)) else {
                        return false;
                    };
                    if lo <= ch && ch <= hi {
                        return ok;
                    }
                    set += 2;
                }
                OP_NEGATE => ok = !ok,
                OP_BIGCHARSET => {
                    let Some(count) = word(set) else { return false };
                    let table = set + 1;
                    let blocks = table + 64;
                    if ch < 65536 {
                        let Some(block) = block_number(self.code, table, (ch >> 8) as usize) else {
                            return false;
                        };
                        let at = blocks + block as usize * 8 + ((ch & 255) >> 5) as usize;
                        let Some(bits) = word(at) else { return false };
                        if bits & (1 << (ch & 31)) != 0 {
                            return ok;
                        }
                    }
                    set = blocks + count as usize * 8;
                }
                _ => return false,
            }
        }
    }

    // ----- SRE_COUNT ------------------------------------------------------------------------

    /// `SRE_COUNT`: how many times the one-character item at `pc` matches from `self.ptr`,
    /// at most `maxcount` times.
    fn count(&mut self, vm: &mut Vm, pc: usize, maxcount: u32) -> R<isize> {
        let start = self.ptr;
        let mut end = self.end;
        if (maxcount as isize) < end as isize - start as isize && maxcount != MAXREPEAT {
            end = start + maxcount as usize;
        }
        let mut ptr = start;
        let lower = self.lower;
        match self.op(pc)? {
            OP_IN => {
                while ptr < end && self.in_set(pc + 2, self.ch(ptr)?) {
                    ptr += 1;
                }
            }
            OP_ANY => {
                while ptr < end && !chars::ascii_is_linebreak(self.ch(ptr)?) {
                    ptr += 1;
                }
            }
            OP_ANY_ALL => ptr = end.max(ptr),
            op @ (OP_LITERAL | OP_NOT_LITERAL | OP_LITERAL_IGNORE | OP_NOT_LITERAL_IGNORE) => {
                let chr = self.op(pc + 1)?;
                let fold = matches!(op, OP_LITERAL_IGNORE | OP_NOT_LITERAL_IGNORE);
                let want_equal = matches!(op, OP_LITERAL | OP_LITERAL_IGNORE);
                while ptr < end {
                    let c = self.ch(ptr)?;
                    let c = if fold { lower(c) } else { c };
                    if (c == chr) != want_equal {
                        break;
                    }
                    ptr += 1;
                }
            }
            _ => {
                // Any other item: run the engine on it repeatedly.
                while self.ptr < end {
                    if !self.nested_match(vm, pc)? {
                        break;
                    }
                }
                return Ok(self.ptr as isize - start as isize);
            }
        }
        Ok(ptr as isize - self.ptr as isize)
    }

    fn nested_match(&mut self, vm: &mut Vm, pc: usize) -> R<bool> {
        if self.nesting >= MAX_COUNT_NESTING {
            return Err(EngineError::Raised(PyErr::fault(
                FaultKind::Limit,
                "regular expression code nested too deeply",
            )));
        }
        self.nesting += 1;
        let result = self.run(vm, pc);
        self.nesting -= 1;
        result
    }

    // ----- SRE_MATCH ------------------------------------------------------------------------

    /// `SRE_MATCH`: does the code at `pc` match at `self.ptr`? On success `self.ptr` is
    /// where the match ended.
    pub fn run(&mut self, vm: &mut Vm, pc: usize) -> R<bool> {
        let mut frames: Vec<Frame> = vec![Frame::new(pc, Jump::None)];
        let mut entering = true;
        let mut step = Step::Continue;
        loop {
            if entering {
                entering = false;
                let Some(f) = frames.last_mut() else {
                    return Err(EngineError::Internal);
                };
                step = self.enter(f)?;
            }
            match step {
                Step::Continue => {
                    let Some(f) = frames.last_mut() else {
                        return Err(EngineError::Internal);
                    };
                    step = self.ops(vm, f)?;
                }
                Step::Call(jump, pc) => {
                    if frames.len().is_power_of_two() {
                        let bytes = frames.len() as u128 * 2 * std::mem::size_of::<Frame>() as u128;
                        vm.check_alloc(bytes)?;
                    }
                    frames.push(Frame::new(pc, jump));
                    entering = true;
                }
                Step::Return(ret) => {
                    let Some(done) = frames.pop() else {
                        return Err(EngineError::Internal);
                    };
                    let Some(parent) = frames.last_mut() else {
                        return Ok(ret);
                    };
                    step = self.resume(vm, parent, done.jump, ret)?;
                }
            }
        }
    }

    /// A context's start (`entrance`): an INFO block first rejects a too-short subject.
    fn enter(&mut self, f: &mut Frame) -> R<Step> {
        f.ptr = self.ptr;
        if self.op(f.pc)? == OP_INFO {
            let min = self.op(f.pc + 3)?;
            let left = (self.end as isize - f.ptr as isize) as usize;
            if min != 0 && left < min as usize {
                return Ok(Step::Return(false));
            }
            f.pc += self.op(f.pc + 1)? as usize + 1;
        }
        Ok(Step::Continue)
    }

    /// Runs opcodes until the context calls a child or returns.
    fn ops(&mut self, vm: &mut Vm, f: &mut Frame) -> R<Step> {
        let end = self.end;
        let lower = self.lower;
        loop {
            self.tick(vm)?;
            let op = self.op(f.pc)?;
            f.pc += 1;
            match op {
                OP_MARK => {
                    let i = self.op(f.pc)? as usize;
                    if i & 1 != 0 {
                        self.lastindex = (i / 2 + 1) as isize;
                    }
                    if i as isize > self.lastmark {
                        // Marks skipped over are unset.
                        for j in (self.lastmark + 1) as usize..i {
                            self.set_mark(j, None);
                        }
                        self.lastmark = i as isize;
                    }
                    self.set_mark(i, Some(f.ptr));
                    f.pc += 1;
                }
                OP_LITERAL | OP_NOT_LITERAL | OP_LITERAL_IGNORE | OP_NOT_LITERAL_IGNORE => {
                    if f.ptr >= end {
                        return Ok(Step::Return(false));
                    }
                    let (c, chr) = (self.ch(f.ptr)?, self.op(f.pc)?);
                    let equal = match op {
                        OP_LITERAL | OP_NOT_LITERAL => c == chr,
                        _ => lower(c) == lower(chr),
                    };
                    if equal != matches!(op, OP_LITERAL | OP_LITERAL_IGNORE) {
                        return Ok(Step::Return(false));
                    }
                    f.pc += 1;
                    f.ptr += 1;
                }
                OP_SUCCESS => {
                    self.ptr = f.ptr;
                    return Ok(Step::Return(true));
                }
                OP_AT => {
                    if !self.at(f.ptr, self.op(f.pc)?)? {
                        return Ok(Step::Return(false));
                    }
                    f.pc += 1;
                }
                OP_CATEGORY => {
                    if f.ptr >= end || !chars::category(self.op(f.pc)?, self.ch(f.ptr)?) {
                        return Ok(Step::Return(false));
                    }
                    f.pc += 1;
                    f.ptr += 1;
                }
                OP_ANY => {
                    if f.ptr >= end || chars::ascii_is_linebreak(self.ch(f.ptr)?) {
                        return Ok(Step::Return(false));
                    }
                    f.ptr += 1;
                }
                OP_ANY_ALL => {
                    if f.ptr >= end {
                        return Ok(Step::Return(false));
                    }
                    f.ptr += 1;
                }
                OP_IN | OP_IN_IGNORE => {
                    if f.ptr >= end {
                        return Ok(Step::Return(false));
                    }
                    let c = self.ch(f.ptr)?;
                    let c = if op == OP_IN_IGNORE { lower(c) } else { c };
                    if !self.in_set(f.pc + 1, c) {
                        return Ok(Step::Return(false));
                    }
                    f.pc += self.op(f.pc)? as usize;
                    f.ptr += 1;
                }
                OP_JUMP | OP_INFO => f.pc += self.op(f.pc)? as usize,
                OP_BRANCH => {
                    f.lastmark = self.lastmark;
                    f.lastindex = self.lastindex;
                    f.rep = self.repeat;
                    if f.rep.is_some() {
                        self.mark_push(f.lastmark);
                    }
                    return self.branch_next(f);
                }
                OP_REPEAT_ONE => {
                    // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                    let min = self.op(f.pc + 1)? as isize;
                    if min > end as isize - f.ptr as isize {
                        return Ok(Step::Return(false));
                    }
                    self.ptr = f.ptr;
                    f.count = self.count(vm, f.pc + 3, self.op(f.pc + 2)?)?;
                    f.ptr = offset(f.ptr, f.count)?;
                    if f.count < min {
                        return Ok(Step::Return(false));
                    }
                    let tail = f.pc + self.op(f.pc)? as usize;
                    if self.op(tail)? == OP_SUCCESS {
                        self.ptr = f.ptr;
                        return Ok(Step::Return(true));
                    }
                    f.lastmark = self.lastmark;
                    f.lastindex = self.lastindex;
                    if self.op(tail)? == OP_LITERAL {
                        // Only try the tail where its first literal is.
                        f.chr = self.op(tail + 1)?;
                        return self.repeat_one_literal(f);
                    }
                    return self.repeat_one_general(f);
                }
                OP_MIN_REPEAT_ONE => {
                    // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                    let min = self.op(f.pc + 1)?;
                    if min as isize > end as isize - f.ptr as isize {
                        return Ok(Step::Return(false));
                    }
                    self.ptr = f.ptr;
                    if min == 0 {
                        f.count = 0;
                    } else {
                        let n = self.count(vm, f.pc + 3, min)?;
                        if n < min as isize {
                            return Ok(Step::Return(false));
                        }
                        f.count = n;
                        f.ptr = offset(f.ptr, n)?;
                    }
                    let tail = f.pc + self.op(f.pc)? as usize;
                    if self.op(tail)? == OP_SUCCESS {
                        self.ptr = f.ptr;
                        return Ok(Step::Return(true));
                    }
                    f.lastmark = self.lastmark;
                    f.lastindex = self.lastindex;
                    return self.min_repeat_one_next(f);
                }
                OP_REPEAT => {
                    // <REPEAT> <skip> <min> <max> item <UNTIL> tail
                    let id = self.repeats.len();
                    self.repeats.push(Repeat {
                        count: -1,
                        pattern: f.pc,
                        last_ptr: None,
                        prev: self.repeat,
                    });
                    f.rep = Some(id);
                    self.repeat = f.rep;
                    self.ptr = f.ptr;
                    let body_end = f.pc + self.op(f.pc)? as usize;
                    return Ok(Step::Call(Jump::Repeat, body_end));
                }
                OP_MAX_UNTIL => return self.max_until(f),
                OP_MIN_UNTIL => return self.min_until(f),
                OP_GROUPREF | OP_GROUPREF_IGNORE => {
                    let Some((mut p, e)) = self.defined_group(self.op(f.pc)?) else {
                        return Ok(Step::Return(false));
                    };
                    while p < e {
                        if f.ptr >= end {
                            return Ok(Step::Return(false));
                        }
                        let (a, b) = (self.ch(f.ptr)?, self.ch(p)?);
                        let same = if op == OP_GROUPREF {
                            a == b
                        } else {
                            lower(a) == lower(b)
                        };
                        if !same {
                            return Ok(Step::Return(false));
                        }
                        p += 1;
                        f.ptr += 1;
                    }
                    f.pc += 1;
                }
                OP_GROUPREF_EXISTS => {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                    if self.defined_group(self.op(f.pc)?).is_some() {
                        f.pc += 2;
                    } else {
                        f.pc += self.op(f.pc + 1)? as usize;
                    }
                }
                OP_ASSERT => {
                    // <ASSERT> <skip> <back> <pattern>
                    let back = self.op(f.pc + 1)? as usize;
                    if f.ptr < back {
                        return Ok(Step::Return(false));
                    }
                    self.ptr = f.ptr - back;
                    return Ok(Step::Call(Jump::Assert, f.pc + 2));
                }
                OP_ASSERT_NOT => {
                    let back = self.op(f.pc + 1)? as usize;
                    if f.ptr >= back {
                        self.ptr = f.ptr - back;
                        return Ok(Step::Call(Jump::AssertNot, f.pc + 2));
                    }
                    f.pc += self.op(f.pc)? as usize;
                }
                OP_FAILURE => return Ok(Step::Return(false)),
                _ => return Err(EngineError::Internal),
            }
        }
    }

    /// The span of group `group` (0-based) if both its marks are set and in order.
    fn defined_group(&self, group: u32) -> Option<(usize, usize)> {
        let i = 2 * group as usize;
        if i as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.mark(i)?, self.mark(i + 1)?);
        (e >= p).then_some((p, e))
    }

    /// Resumes the parent opcode after a child context returned `ret`.
    fn resume(&mut self, vm: &mut Vm, f: &mut Frame, jump: Jump, ret: bool) -> R<Step> {
        match jump {
            Jump::None => Err(EngineError::Internal),
            Jump::Branch => {
                if ret {
                    if f.rep.is_some() {
                        self.mark_discard(f.lastmark);
                    }
                    return Ok(Step::Return(true));
                }
                if f.rep.is_some() {
                    self.mark_pop(f.lastmark, true)?;
                }
                self.lastmark_restore(f);
                f.pc += self.op(f.pc)? as usize;
                self.branch_next(f)
            }
            Jump::RepeatOne1 => {
                if ret {
                    return Ok(Step::Return(true));
                }
                self.lastmark_restore(f);
                f.ptr = f.ptr.wrapping_sub(1);
                f.count -= 1;
                self.repeat_one_literal(f)
            }
            Jump::RepeatOne2 => {
                if ret {
                    return Ok(Step::Return(true));
                }
                f.ptr = f.ptr.wrapping_sub(1);
                f.count -= 1;
                self.lastmark_restore(f);
                self.repeat_one_general(f)
            }
            Jump::MinRepeatOne => {
                if ret {
                    return Ok(Step::Return(true));
                }
                self.min_repeat_one_more(vm, f)
            }
            Jump::Repeat => {
                let rep = self.rep(f.rep)?;
                self.repeat = rep.prev;
                if f.rep == Some(self.repeats.len() - 1) {
                    self.repeats.pop();
                }
                Ok(Step::Return(ret))
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if ret {
                    return Ok(Step::Return(true));
                }
                self.rep_mut(f.rep)?.count = f.count - 1;
                self.ptr = f.ptr;
                Ok(Step::Return(false))
            }
            Jump::MaxUntil2 => {
                let last = self.saved.pop().ok_or(EngineError::Internal)?;
                self.rep_mut(f.rep)?.last_ptr = last;
                if ret {
                    self.mark_discard(f.lastmark);
                    return Ok(Step::Return(true));
                }
                self.mark_pop(f.lastmark, false)?;
                self.lastmark_restore(f);
                self.rep_mut(f.rep)?.count = f.count - 1;
                self.ptr = f.ptr;
                self.max_until_tail(f)
            }
            Jump::MaxUntil3 => {
                if ret {
                    return Ok(Step::Return(true));
                }
                self.repeat = f.rep;
                self.ptr = f.ptr;
                Ok(Step::Return(false))
            }
            Jump::MinUntil2 => {
                if ret {
                    return Ok(Step::Return(true));
                }
                self.repeat = f.rep;
                self.ptr = f.ptr;
                self.lastmark_restore(f);
                let rep = self.rep(f.rep)?;
                let max = self.op(rep.pattern + 2)?;
                if (f.count >= max as isize && max != MAXREPEAT) || Some(self.ptr) == rep.last_ptr {
                    return Ok(Step::Return(false));
                }
                self.saved.push(rep.last_ptr);
                let ptr = self.ptr;
                let r = self.rep_mut(f.rep)?;
                r.count = f.count;
                r.last_ptr = Some(ptr);
                Ok(Step::Call(Jump::MinUntil3, rep.pattern + 3))
            }
            Jump::MinUntil3 => {
                let last = self.saved.pop().ok_or(EngineError::Internal)?;
                self.rep_mut(f.rep)?.last_ptr = last;
                if ret {
                    return Ok(Step::Return(true));
                }
                self.rep_mut(f.rep)?.count = f.count - 1;
                self.ptr = f.ptr;
                Ok(Step::Return(false))
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Step::Return(false));
                }
                f.pc += self.op(f.pc)? as usize;
                Ok(Step::Continue)
            }
            Jump::AssertNot => {
                if ret {
                    return Ok(Step::Return(false));
                }
                f.pc += self.op(f.pc)? as usize;
                Ok(Step::Continue)
            }
        }
    }

    fn lastmark_restore(&mut self, f: &Frame) {
        self.lastmark = f.lastmark;
        self.lastindex = f.lastindex;
    }

    /// BRANCH: tries the alternative at `f.pc` and the ones after it; an alternative that
    /// starts with a literal or a set not matching the next character is skipped.
    fn branch_next(&mut self, f: &mut Frame) -> R<Step> {
        loop {
            let skip = self.op(f.pc)? as usize;
            if skip == 0 {
                break;
            }
            let first = self.op(f.pc + 1)?;
            let next = if f.ptr < self.end {
                Some(self.ch(f.ptr)?)
            } else {
                None
            };
            let hopeless = match (first, next) {
                (OP_LITERAL, None) | (OP_IN, None) => true,
                (OP_LITERAL, Some(c)) => c != self.op(f.pc + 2)?,
                (OP_IN, Some(c)) => !self.in_set(f.pc + 3, c),
                _ => false,
            };
            if hopeless {
                f.pc += skip;
                continue;
            }
            self.ptr = f.ptr;
            return Ok(Step::Call(Jump::Branch, f.pc + 1));
        }
        if f.rep.is_some() {
            self.mark_discard(f.lastmark);
        }
        Ok(Step::Return(false))
    }

    /// REPEAT_ONE whose tail starts with a literal: back off to where that literal is.
    fn repeat_one_literal(&mut self, f: &mut Frame) -> R<Step> {
        let min = self.op(f.pc + 1)? as isize;
        while f.count >= min && (f.ptr >= self.end || self.ch(f.ptr)? != f.chr) {
            f.ptr = f.ptr.wrapping_sub(1);
            f.count -= 1;
        }
        if f.count < min {
            return Ok(Step::Return(false));
        }
        self.ptr = f.ptr;
        let tail = f.pc + self.op(f.pc)? as usize;
        Ok(Step::Call(Jump::RepeatOne1, tail))
    }

    /// REPEAT_ONE in general: the tail after each count, longest first.
    fn repeat_one_general(&mut self, f: &mut Frame) -> R<Step> {
        let min = self.op(f.pc + 1)? as isize;
        if f.count < min {
            return Ok(Step::Return(false));
        }
        self.ptr = f.ptr;
        let tail = f.pc + self.op(f.pc)? as usize;
        Ok(Step::Call(Jump::RepeatOne2, tail))
    }

    /// MIN_REPEAT_ONE: the tail after each count, shortest first.
    fn min_repeat_one_next(&mut self, f: &mut Frame) -> R<Step> {
        let max = self.op(f.pc + 2)?;
        if max == MAXREPEAT || f.count <= max as isize {
            self.ptr = f.ptr;
            let tail = f.pc + self.op(f.pc)? as usize;
            return Ok(Step::Call(Jump::MinRepeatOne, tail));
        }
        Ok(Step::Return(false))
    }

    /// MIN_REPEAT_ONE after the tail failed: one more item, then the tail again.
    fn min_repeat_one_more(&mut self, vm: &mut Vm, f: &mut Frame) -> R<Step> {
        self.ptr = f.ptr;
        if self.count(vm, f.pc + 3, 1)? == 0 {
            return Ok(Step::Return(false));
        }
        f.ptr += 1;
        f.count += 1;
        self.lastmark_restore(f);
        self.min_repeat_one_next(f)
    }

    /// MAX_UNTIL: one more iteration of the item if allowed, else (or when that fails) the
    /// tail.
    fn max_until(&mut self, f: &mut Frame) -> R<Step> {
        f.rep = self.repeat;
        let rep = self.rep(f.rep)?;
        self.ptr = f.ptr;
        f.count = rep.count + 1;
        let min = self.op(rep.pattern + 1)?;
        let max = self.op(rep.pattern + 2)?;
        if f.count < min as isize {
            self.rep_mut(f.rep)?.count = f.count;
            return Ok(Step::Call(Jump::MaxUntil1, rep.pattern + 3));
        }
        if (f.count < max as isize || max == MAXREPEAT) && Some(self.ptr) != rep.last_ptr {
            self.rep_mut(f.rep)?.count = f.count;
            f.lastmark = self.lastmark;
            f.lastindex = self.lastindex;
            self.mark_push(f.lastmark);
            self.saved.push(rep.last_ptr);
            let ptr = self.ptr;
            self.rep_mut(f.rep)?.last_ptr = Some(ptr);
            return Ok(Step::Call(Jump::MaxUntil2, rep.pattern + 3));
        }
        self.max_until_tail(f)
    }

    fn max_until_tail(&mut self, f: &mut Frame) -> R<Step> {
        self.repeat = self.rep(f.rep)?.prev;
        Ok(Step::Call(Jump::MaxUntil3, f.pc))
    }

    /// MIN_UNTIL: the tail first, then (when it fails) one more iteration of the item.
    fn min_until(&mut self, f: &mut Frame) -> R<Step> {
        f.rep = self.repeat;
        let rep = self.rep(f.rep)?;
        self.ptr = f.ptr;
        f.count = rep.count + 1;
        let min = self.op(rep.pattern + 1)?;
        if f.count < min as isize {
            self.rep_mut(f.rep)?.count = f.count;
            return Ok(Step::Call(Jump::MinUntil1, rep.pattern + 3));
        }
        f.lastmark = self.lastmark;
        f.lastindex = self.lastindex;
        self.repeat = rep.prev;
        Ok(Step::Call(Jump::MinUntil2, f.pc))
    }
}

impl<T: SubjectChar> State<'_, T> {
    /// `SRE_SEARCH`: the first match starting at or after `self.start`; on success
    /// `self.start..self.ptr` is the match.
    pub fn search(&mut self, vm: &mut Vm) -> R<bool> {
        let mut ptr = self.start;
        if ptr > self.end {
            return Ok(false);
        }
        // The last position worth starting at (the INFO block's minimum length).
        let mut end = self.end as isize;
        let mut pattern = 0;
        let mut flags = 0;
        let mut prefix: Option<(usize, usize, usize)> = None;
        let mut charset = None;
        if self.op(0)? == OP_INFO {
            flags = self.op(2)?;
            let min = self.op(3)? as isize;
            if min != 0 && end - (ptr as isize) < min {
                return Ok(false);
            }
            if min > 1 {
                end -= min - 1;
                if end <= ptr as isize {
                    end = ptr as isize + 1;
                }
            }
            if flags & INFO_PREFIX != 0 {
                // <length> <skip> <prefix> <overlap table>
                prefix = Some((self.op(5)? as usize, self.op(6)? as usize, 7));
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pattern = 1 + self.op(1)? as usize;
        }
        let end_of_subject = self.end;
        if let Some((len, skip, at)) = prefix.filter(|p| p.0 > 1) {
            return self.search_prefix(vm, pattern, flags, (len, skip, at));
        }
        if self.op(pattern)? == OP_LITERAL {
            let chr = self.op(pattern + 1)?;
            loop {
                while ptr < end_of_subject && self.ch(ptr)? != chr {
                    self.tick(vm)?;
                    ptr += 1;
                }
                if ptr >= end_of_subject {
                    return Ok(false);
                }
                self.start = ptr;
                ptr += 1;
                self.ptr = ptr;
                if flags & INFO_LITERAL != 0 {
                    return Ok(true);
                }
                if self.run(vm, pattern + 2)? {
                    return Ok(true);
                }
            }
        } else if let Some(set) = charset {
            loop {
                while ptr < end_of_subject && !self.in_set(set, self.ch(ptr)?) {
                    self.tick(vm)?;
                    ptr += 1;
                }
                if ptr >= end_of_subject {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(vm, pattern)? {
                    return Ok(true);
                }
                ptr += 1;
            }
        } else {
            loop {
                self.start = ptr;
                self.ptr = ptr;
                if self.run(vm, pattern)? {
                    return Ok(true);
                }
                if ptr as isize >= end {
                    return Ok(false);
                }
                ptr += 1;
            }
        }
    }

    /// The search for a pattern with a known literal prefix, skipping ahead with the
    /// prefix's overlap table (Knuth-Morris-Pratt).
    fn search_prefix(
        &mut self,
        vm: &mut Vm,
        pattern: usize,
        flags: u32,
        (len, skip, at): (usize, usize, usize),
    ) -> R<bool> {
        let overlap = at + len - 1;
        let mut i = 0;
        let mut ptr = self.start;
        while ptr < self.end {
            loop {
                self.tick(vm)?;
                if self.ch(ptr)? != self.op(at + i)? {
                    if i == 0 {
                        break;
                    }
                    i = self.op(overlap + i)? as usize;
                } else {
                    i += 1;
                    if i == len {
                        let start = (ptr + 1).checked_sub(len).ok_or(EngineError::Internal)?;
                        self.start = start;
                        self.ptr = start + skip;
                        if flags & INFO_LITERAL != 0 {
                            return Ok(true);
                        }
                        if self.run(vm, pattern + 2 * skip)? {
                            return Ok(true);
                        }
                        i = self.op(overlap + i)? as usize;
                    }
                    break;
                }
            }
            ptr += 1;
        }
        Ok(false)
    }
}

/// `ptr + n` for a count the engine produced.
fn offset(ptr: usize, n: isize) -> R<usize> {
    ptr.checked_add_signed(n).ok_or(EngineError::Internal)
}
