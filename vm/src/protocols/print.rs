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
            _ => {
                let writer = self.getattr(file, &crate::objects::new_str_from("write"))?;
                let text = crate::objects::new_str(bytes.to_vec());
                self.call_object(&writer, &[text], &[])?;
                Ok(())
            }
        }
    }

    /// `PyFile_SoftSpace(f, new)`: returns the old flag. Any other object keeps it in its
    /// `softspace` attribute; errors on the way are ignored, as in CPython.
    fn softspace(&mut self, file: &ObjRef, new: bool) -> bool {
        if let Payload::File(f) = &file.payload {
            return f.softspace.replace(new);
        }
        let name = crate::objects::new_str_from("softspace");
        let old = match self.getattr(file, &name) {
            Ok(v) => match v.payload {
                Payload::Int(i) => i != 0,
                Payload::Bool(b) => b,
                _ => false,
            },
            Err(_) => false,
        };
        let _ = self.setattr(file, &name, Some(crate::objects::new_int(new as i64)));
        old
    }

    /// `PRINT_ITEM`: a space if the last item asked for one, then `str(v)`; softspace is set
    /// unless the text ends in whitespace other than a space.
    pub fn print_item(&mut self, stream: Option<&ObjRef>, v: &ObjRef) -> PyResult<()> {
        let w = self.print_target(stream)?;
        if self.softspace(&w, false) {
            self.file_write(&w, b" ")?;
        }
        self.print_object(&w, v, true)?;
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

    /// `PyObject_Print`: `str` (raw) or `repr` of `v` written to `w`. The containers with a
    /// `tp_print` (list, tuple, dict, set) write themselves piece by piece, so a Python
    /// `__repr__` of an item runs after the text before it was written, as in CPython.
    pub(crate) fn print_object(&mut self, w: &ObjRef, v: &ObjRef, raw: bool) -> PyResult<()> {
        // A native type's `tp_print`, which a Python subclass defining `__repr__` or
        // `__str__` replaces.
        if v.native().is_some()
            && matches!(w.payload, Payload::File(_))
            && self.heap_lookup(v, "__repr__")?.is_none()
            && self.heap_lookup(v, "__str__")?.is_none()
        {
            if let Some(r) = v.native().and_then(|n| n.print(self, v, w)) {
                return r;
            }
        }
        let has_tp_print = matches!(
            v.payload,
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
        ) && matches!(w.payload, Payload::File(_))
            && (v.heap.is_none()
                || self.heap_lookup(v, "__repr__")?.is_none()
                    && self.heap_lookup(v, "__str__")?.is_none());
        if !has_tp_print {
            if !matches!(w.payload, Payload::File(_)) {
                // PyFile_WriteObject on a file-like object: `write` is looked up first.
                let writer = self.getattr(w, &crate::objects::new_str_from("write"))?;
                let text = if raw { self.to_str(v)? } else { self.repr(v)? };
                self.call_object(&writer, &[crate::objects::new_str(text)], &[])?;
                return Ok(());
            }
            let text = if raw { self.to_str(v)? } else { self.repr(v)? };
            return self.file_write(w, &text);
        }
        self.print_container(w, v)
    }

    /// The `tp_print` of list, tuple, dict, set and frozenset.
    pub(crate) fn print_container(&mut self, w: &ObjRef, v: &ObjRef) -> PyResult<()> {
        if let Payload::Tuple(items) = &v.payload {
            let items = items.to_vec();
            self.file_write(w, b"(")?;
            self.print_items(w, &items)?;
            return self.file_write(w, if items.len() == 1 { b",)" } else { b")" });
        }
        let type_name = self.type_name(v);
        let (open, close, recursive): (Vec<u8>, &[u8], Vec<u8>) = match &v.payload {
            Payload::List(_) => (b"[".to_vec(), b"]", b"[...]".to_vec()),
            Payload::Dict(_) => (b"{".to_vec(), b"}", b"{...}".to_vec()),
            _ => (
                format!("{type_name}([").into_bytes(),
                b"])",
                format!("{type_name}(...)").into_bytes(),
            ),
        };
        if self.repr_guard.contains(v) {
            return self.file_write(w, &recursive);
        }
        self.repr_guard.push(v.clone());
        let result = (|| {
            self.file_write(w, &open)?;
            match &v.payload {
                Payload::List(items) => {
                    let items = items.borrow().clone();
                    self.print_items(w, &items)?;
                }
                Payload::Dict(d) => {
                    let entries: Vec<(ObjRef, ObjRef)> = d
                        .borrow()
                        .entries()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    self.nested(|vm| {
                        for (i, (key, value)) in entries.iter().enumerate() {
                            if i > 0 {
                                vm.file_write(w, b", ")?;
                            }
                            vm.print_object(w, key, false)?;
                            vm.file_write(w, b": ")?;
                            vm.print_object(w, value, false)?;
                        }
                        Ok(())
                    })?;
                }
                Payload::Set(s) => {
                    let keys: Vec<ObjRef> = s.borrow().keys().cloned().collect();
                    self.print_items(w, &keys)?;
                }
                Payload::FrozenSet(s) => {
                    let keys: Vec<ObjRef> = s.keys().cloned().collect();
                    self.print_items(w, &keys)?;
                }
                _ => {}
            }
            self.file_write(w, close)
        })();
        self.repr_guard.pop();
        result
    }

    /// The items of a printed container, `repr`-printed and separated by `, `.
    pub(crate) fn print_items(&mut self, w: &ObjRef, items: &[ObjRef]) -> PyResult<()> {
        self.nested(|vm| {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    vm.file_write(w, b", ")?;
                }
                vm.print_object(w, item, false)?;
            }
            Ok(())
        })
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

    /// `PRINT_EXPR` (interactive mode's expression statements): calls `sys.displayhook`.
    pub fn print_expr(&mut self, v: &ObjRef) -> PyResult<()> {
        match self.sys_attr("displayhook")? {
            Some(hook) => self
                .call_object(&hook, std::slice::from_ref(v), &[])
                .map(drop),
            None => Err(self.runtime_error("lost sys.displayhook")),
        }
    }

    /// `sys_displayhook`: `repr(v)` on a line of its own on `sys.stdout`, kept in
    /// `__builtin__._` (set to None first, so the repr cannot see the old value); None is
    /// not shown.
    pub fn builtin_display_hook(&mut self, v: &ObjRef) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let underscore = crate::objects::new_str_from("_");
        let builtins = self.builtins_dict.clone();
        self.dict_set(&builtins, underscore.clone(), crate::objects::none())?;
        self.flush_line();
        let w = self.print_target(None)?;
        self.print_object(&w, v, false)?;
        self.softspace(&w, true);
        self.flush_line();
        self.dict_set(&builtins, underscore, v.clone())
    }
}
