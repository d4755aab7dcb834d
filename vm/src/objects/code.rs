//! `code`: a compiled body (CPython's `PyCodeObject`), as marshal loads it from a `.pyc`.

use super::{address, ObjRef};
use crate::objects::str::escape_name;

/// Code flags the VM looks at (Include/code.h).
pub const CO_OPTIMIZED: u32 = 0x0001;
pub const CO_NEWLOCALS: u32 = 0x0002;
pub const CO_VARARGS: u32 = 0x0004;
pub const CO_VARKEYWORDS: u32 = 0x0008;
pub const CO_GENERATOR: u32 = 0x0020;
pub const CO_NOFREE: u32 = 0x0040;
pub const CO_FUTURE_DIVISION: u32 = 0x2000;

pub struct PyCode {
    pub argcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: Vec<u8>,
    pub consts: Vec<ObjRef>,
    /// `co_names`, `co_varnames`, `co_freevars`, `co_cellvars`: marshal guarantees `str`s.
    pub names: Vec<ObjRef>,
    pub varnames: Vec<ObjRef>,
    pub freevars: Vec<ObjRef>,
    pub cellvars: Vec<ObjRef>,
    pub filename: ObjRef,
    pub name: ObjRef,
    pub firstlineno: i32,
    pub lnotab: Vec<u8>,
}

impl PyCode {
    pub fn name_bytes(&self) -> &[u8] {
        self.name.as_str_bytes().unwrap_or(b"?")
    }

    pub fn filename_bytes(&self) -> &[u8] {
        self.filename.as_str_bytes().unwrap_or(b"?")
    }

    /// The source line of the instruction at `lasti`, decoded from `co_lnotab` the way
    /// `PyCode_Addr2Line` does it.
    pub fn addr2line(&self, lasti: i32) -> i32 {
        let mut line = self.firstlineno;
        let mut addr = 0i32;
        for pair in self.lnotab.chunks_exact(2) {
            addr += pair[0] as i32;
            if addr > lasti {
                break;
            }
            line += pair[1] as i32;
        }
        line
    }

    /// The `(cellvars + freevars)[i]` name that `LOAD_DEREF` and friends refer to.
    pub fn deref_name(&self, i: usize) -> Option<&ObjRef> {
        if i < self.cellvars.len() {
            self.cellvars.get(i)
        } else {
            self.freevars.get(i - self.cellvars.len())
        }
    }
}

/// `<code object NAME at 0x…, file "FILE", line N>`, as `code_repr` prints it.
pub fn repr(obj: &ObjRef, code: &PyCode) -> Vec<u8> {
    let mut out = b"<code object ".to_vec();
    out.extend_from_slice(code.name_bytes());
    out.extend_from_slice(format!(" at {:#x}, file \"", address(obj)).as_bytes());
    out.extend_from_slice(code.filename_bytes());
    out.extend_from_slice(format!("\", line {}>", code.firstlineno).as_bytes());
    out
}

/// Escaped text of a code's name, for frame markers.
pub fn display_name(code: &PyCode) -> String {
    escape_name(code.name_bytes())
}
