//! The trace writer: the one place where the Rust engine formats `docs/trace-format.md` —
//! frame markers, instruction lines with resolved operands, and stack events. The eval loop is
//! generic over [`TraceMode`], so with tracing off none of this is even compiled into it.

use crate::error::PyErr;
use crate::eval::frame::Frame;
use crate::objects::{str::escape_name, ObjRef};
use crate::opcode::{self, Family, Opcode, CMP_OP};
use crate::runtime::Vm;

/// Whether the eval loop carries tracing at all (section 2 of the contract).
pub trait TraceMode {
    const ON: bool;
}

/// Tracing compiled in: each frame still decides whether it is traced.
pub struct Traced;
/// Tracing compiled out (`pztrace run --no-trace`).
pub struct Untraced;

impl TraceMode for Traced {
    const ON: bool = true;
}
impl TraceMode for Untraced {
    const ON: bool = false;
}

/// How a traced frame was left (section 2.1).
#[derive(Clone, Copy)]
pub enum Leave {
    Return,
    Yield,
    Exception,
}

/// A stack event (section 2.3).
#[derive(Clone, Copy)]
pub enum Event {
    Push,
    Pop,
    ExtPop,
}

impl Vm {
    /// Is `__pztrace__` in the globals of the innermost frame or of any frame on its `f_back`
    /// chain? (Section 1; consecutive frames sharing one globals dict are looked at once.)
    /// Never while the trace computes a repr (section 3).
    pub fn pztrace_on_chain(&mut self) -> bool {
        if self.trace_repr_depth > 0 {
            return false;
        }
        let key = self.pztrace_name.clone();
        let mut last: Option<&ObjRef> = None;
        for globals in self.frames.iter().rev().map(|e| &e.globals) {
            if last.is_some_and(|l| std::rc::Rc::ptr_eq(l, globals)) {
                continue;
            }
            last = Some(globals);
            if crate::protocols::dict::contains_str_key(globals, &key) {
                return true;
            }
        }
        false
    }

    pub fn trace_enter(&mut self, f: &Frame, resumed: bool) {
        let line = format!(
            "=== {} {} ({}:{}) ===\n",
            if resumed { "resume" } else { "enter" },
            escape_name(f.code.name_bytes()),
            escape_name(f.code.filename_bytes()),
            f.code.firstlineno
        );
        self.out.write(line.as_bytes());
    }

    pub fn trace_leave(&mut self, f: &Frame, how: Leave) {
        let how = match how {
            Leave::Return => "return",
            Leave::Yield => "yield",
            Leave::Exception => "exception",
        };
        let line = format!(
            "=== leave {} ({how}) ===\n",
            escape_name(f.code.name_bytes())
        );
        self.out.write(line.as_bytes());
    }

    /// The instruction line, printed before the instruction runs. `next` is the offset of the
    /// following instruction, from which relative jumps count.
    pub fn trace_instruction(&mut self, f: &Frame, offset: usize, byte: u8, arg: u32, next: usize) {
        let name = opcode::opname(byte);
        if !opcode::has_arg(byte) {
            self.out.write(format!("{offset:>4} {name}\n").as_bytes());
            return;
        }
        let mut line = format!("{offset:>4} {name:<20} {arg:>5}").into_bytes();
        if let Some(resolved) = self.resolve_operand(f, byte, arg, next) {
            line.extend_from_slice(b" (");
            line.extend_from_slice(&resolved);
            line.push(b')');
        }
        line.push(b'\n');
        self.out.write(&line);
    }

    fn resolve_operand(&mut self, f: &Frame, byte: u8, arg: u32, next: usize) -> Option<Vec<u8>> {
        let family = Opcode::try_from(byte)
            .map(Opcode::family)
            .unwrap_or(Family::Plain);
        let i = arg as usize;
        let name = |table: &[ObjRef]| match table.get(i) {
            Some(n) => escape_name(n.as_str_bytes().unwrap_or(b"?")).into_bytes(),
            None => b"?".to_vec(),
        };
        Some(match family {
            Family::Plain | Family::JumpAbsolute => return None,
            Family::Const => match f.code.consts.get(i) {
                Some(c) => {
                    let c = c.clone();
                    self.repr_for_trace(&c)
                }
                None => b"?".to_vec(),
            },
            Family::Name => name(&f.code.names),
            Family::Local => name(&f.code.varnames),
            Family::Free => match f.code.deref_name(i) {
                Some(n) => escape_name(n.as_str_bytes().unwrap_or(b"?")).into_bytes(),
                None => b"?".to_vec(),
            },
            Family::Compare => match CMP_OP.get(i) {
                Some(op) => op.as_bytes().to_vec(),
                None => b"?".to_vec(),
            },
            Family::JumpRelative => format!("to {}", next as u64 + arg as u64).into_bytes(),
        })
    }

    /// `push X`, `pop X`, `ext_pop X`. The repr is computed first, untraced.
    pub fn trace_event(&mut self, event: Event, value: &ObjRef) {
        let text = self.repr_for_trace(value);
        let kind: &[u8] = match event {
            Event::Push => b"     push ",
            Event::Pop => b"     pop ",
            Event::ExtPop => b"     ext_pop ",
        };
        self.out.write(kind);
        self.out.write(&text);
        self.out.write(b"\n");
    }

    pub fn trace_stackadj(&mut self, n: i64) {
        self.out.write(format!("     stackadj {n:+}\n").as_bytes());
    }

    /// `repr(value)` for the trace: `<nil>` for an empty slot, `<repr raised NAME>` when the
    /// repr raises. A fault (a limit reached inside `__repr__`) is kept for the loop to report.
    fn repr_for_trace(&mut self, value: &ObjRef) -> Vec<u8> {
        if matches!(value.payload, crate::objects::Payload::Null) {
            return b"<nil>".to_vec();
        }
        self.trace_repr_depth += 1;
        let repr = self.repr(value);
        self.trace_repr_depth -= 1;
        match repr {
            Ok(text) => text,
            Err(PyErr::Exception(e)) => {
                let name = match e.exc_type.as_type() {
                    Some(t) => t.short_name().to_string(),
                    None => self.type_name(&e.exc_type),
                };
                format!("<repr raised {name}>").into_bytes()
            }
            Err(fault) => {
                self.defer_fault(fault);
                b"<repr stopped>".to_vec()
            }
        }
    }
}
