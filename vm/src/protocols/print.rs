//! The `print` statement (`PRINT_ITEM`, `PRINT_NEWLINE`) with its softspace rules, writing to
//! `sys.stdout` — the run's one output stream, shared with the trace.

use crate::error::PyResult;
use crate::objects::file::StdStream;
use crate::objects::{ObjRef, Payload};
use crate::runtime::Vm;

impl Vm {
    fn print_target(&mut self, stream: Option<&ObjRef>) -> PyResult<ObjRef> {
        match stream {
            Some(s) if !s.is_none() => Ok(s.clone()),
            _ => {
                let key = crate::objects::new_str_from("stdout");
                let sys_dict = self.module_dict(&self.sys.clone());
                match self.dict_get(&sys_dict, &key)? {
                    Some(out) => Ok(out),
                    None => Err(self.runtime_error("lost sys.stdout")),
                }
            }
        }
    }

    pub(crate) fn module_dict(&self, module: &ObjRef) -> ObjRef {
        match &module.payload {
            Payload::Module(m) => m.dict.clone(),
            _ => crate::objects::new_dict(Default::default()),
        }
    }

    /// Writes bytes to a file object (only the standard streams exist in the VM).
    pub fn file_write(&mut self, file: &ObjRef, bytes: &[u8]) -> PyResult<()> {
        match &file.payload {
            Payload::File(f) => match f.stream {
                StdStream::Stdout => {
                    self.out.write(bytes);
                    Ok(())
                }
                StdStream::Stderr => {
                    self.out.flush();
                    self.out.write_err(bytes);
                    Ok(())
                }
                StdStream::Stdin => {
                    Err(self.err(&self.types.exc.io_error, "File not open for writing"))
                }
            },
            _ => Err(self.attribute_error(format!(
                "'{}' object has no attribute 'write'",
                self.type_name(file)
            ))),
        }
    }

    /// `PyFile_SoftSpace(f, new)`: returns the old flag.
    fn softspace(&self, file: &ObjRef, new: bool) -> bool {
        match &file.payload {
            Payload::File(f) => f.softspace.replace(new),
            _ => false,
        }
    }

    /// `PRINT_ITEM`: a space if the last item asked for one, then `str(v)`; softspace is set
    /// unless the text ends in whitespace other than a space.
    pub fn print_item(&mut self, stream: Option<&ObjRef>, v: &ObjRef) -> PyResult<()> {
        let w = self.print_target(stream)?;
        if self.softspace(&w, false) {
            self.file_write(&w, b" ")?;
        }
        let text = self.to_str(v)?;
        self.file_write(&w, &text)?;
        let ends_in_space = |last: Option<u32>| match last {
            None => false,
            Some(c) => {
                c != u32::from(b' ') && matches!(c, 0x09..=0x0d | 0x1c..=0x1f | 0x20 | 0x85 | 0xa0)
            }
        };
        let keep = match &v.payload {
            Payload::Str(s) => !ends_in_space(s.as_bytes().last().map(|&b| u32::from(b))),
            Payload::Unicode(u) => !ends_in_space(u.chars().last().copied()),
            _ => true,
        };
        if keep {
            self.softspace(&w, true);
        }
        Ok(())
    }

    /// `PRINT_NEWLINE`.
    pub fn print_newline(&mut self, stream: Option<&ObjRef>) -> PyResult<()> {
        let w = self.print_target(stream)?;
        self.file_write(&w, b"\n")?;
        self.softspace(&w, false);
        Ok(())
    }

    /// `Py_FlushLine`: ends a line left open by `print x,` (at exit, before a traceback).
    pub fn flush_line(&mut self) {
        if let Ok(w) = self.print_target(None) {
            if self.softspace(&w, false) {
                let _ = self.file_write(&w, b"\n");
            }
        }
    }

    /// `PRINT_EXPR` (interactive mode's expression statements): `sys.displayhook`.
    pub fn display_hook(&mut self, v: &ObjRef) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = self.repr(v)?;
        let w = self.print_target(None)?;
        self.file_write(&w, &text)?;
        self.file_write(&w, b"\n")?;
        let builtins = self.builtins_dict.clone();
        self.dict_set(&builtins, crate::objects::new_str_from("_"), v.clone())
    }
}
