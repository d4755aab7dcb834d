//! Attribute access (`PyObject_GetAttr`, `PyObject_SetAttr`): module namespaces, methods of
//! built-in types found on the type's MRO and bound to the instance, and the read-only
//! attributes of functions, code objects, exceptions and files.

use crate::error::PyResult;
use crate::objects::{
    self, new_bool, new_int, new_str, new_tuple, none, BuiltinFunction, ObjRef, Payload, PyObject,
};
use crate::runtime::Vm;

impl Vm {
    /// `o.name`.
    pub fn getattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        if let Some(v) = self.class_model_getattr(obj, name)? {
            return Ok(v);
        }
        let attr = name.as_str_bytes().unwrap_or(b"").to_vec();
        if let Some(v) = self.builtin_member(obj, &attr)? {
            return Ok(v);
        }
        if let Payload::Function(f) = &obj.payload {
            let dict = f.dict.borrow().clone();
            if let Some(v) = dict.map(|d| self.dict_get(&d, name)).transpose()?.flatten() {
                return Ok(v);
            }
        }
        if let Payload::Module(m) = &obj.payload {
            let dict = m.dict.clone();
            if let Some(v) = self.dict_get(&dict, name)? {
                return Ok(v);
            }
            return Err(self.attribute_error(format!(
                "'module' object has no attribute '{}'",
                String::from_utf8_lossy(&attr)
            )));
        }
        let ty = match &obj.payload {
            Payload::Type(_) => obj.clone(),
            _ => self.type_of(obj),
        };
        if let Some(found) = self.lookup_in_mro(&ty, name)? {
            return Ok(match (&found.payload, &obj.payload) {
                (Payload::MethodDescr(def, _), _) if crate::builtins::is_class_method(def) => {
                    PyObject::new(Payload::Builtin(BuiltinFunction {
                        def,
                        self_obj: Some(ty.clone()),
                    }))
                }
                (Payload::MethodDescr(def, _) | Payload::WrapperDescr(def, _), p)
                    if !matches!(p, Payload::Type(_)) =>
                {
                    PyObject::new(Payload::Builtin(BuiltinFunction {
                        def,
                        self_obj: Some(obj.clone()),
                    }))
                }
                _ => found,
            });
        }
        Err(self.no_attribute(obj, &attr))
    }

    fn no_attribute(&self, obj: &ObjRef, attr: &[u8]) -> crate::error::PyErr {
        let attr = String::from_utf8_lossy(attr);
        match obj.as_type() {
            Some(t) => self.attribute_error(format!(
                "type object '{}' has no attribute '{attr}'",
                t.short_name()
            )),
            None => self.attribute_error(format!(
                "'{}' object has no attribute '{attr}'",
                self.type_name(obj)
            )),
        }
    }

    /// The first class on `ty`'s MRO whose dict holds `name` (`_PyType_Lookup`: a classic
    /// class among the bases is searched through its own dict).
    pub fn lookup_in_mro(&mut self, ty: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(t) = ty.as_type() else {
            return Ok(None);
        };
        let mro = t.mro.borrow().clone();
        for class in mro {
            let dict = match (&class.payload, class.as_type()) {
                (Payload::Class(c), _) => c.dict.clone(),
                (_, Some(ct)) => ct.dict.clone(),
                _ => continue,
            };
            if let Some(v) = self.dict_get(&dict, name)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// Attributes implemented by the object's C struct members in CPython.
    pub(crate) fn builtin_member(&mut self, obj: &ObjRef, attr: &[u8]) -> PyResult<Option<ObjRef>> {
        let s = |text: &str| objects::new_str_from(text);
        Ok(match (&obj.payload, attr) {
            (Payload::Function(f), b"__name__" | b"func_name") => Some(f.name.borrow().clone()),
            (Payload::Function(f), b"__doc__" | b"func_doc") => Some(f.doc.borrow().clone()),
            (Payload::Function(f), b"__module__") => Some(f.module.borrow().clone()),
            (Payload::Function(f), b"func_code" | b"__code__") => Some(f.code.borrow().clone()),
            (Payload::Function(f), b"func_globals" | b"__globals__") => Some(f.globals.clone()),
            (Payload::Function(f), b"func_defaults" | b"__defaults__") => {
                Some(f.defaults.borrow().clone().unwrap_or_else(none))
            }
            (Payload::Function(f), b"func_closure" | b"__closure__") => {
                Some(f.closure.clone().unwrap_or_else(none))
            }
            (Payload::Function(f), b"func_dict" | b"__dict__") => Some(
                f.dict
                    .borrow_mut()
                    .get_or_insert_with(|| objects::new_dict(Default::default()))
                    .clone(),
            ),
            (Payload::Code(c), _) => match attr {
                b"co_name" => Some(c.name.clone()),
                b"co_filename" => Some(c.filename.clone()),
                b"co_argcount" => Some(new_int(c.argcount as i64)),
                b"co_nlocals" => Some(new_int(c.nlocals as i64)),
                b"co_stacksize" => Some(new_int(c.stacksize as i64)),
                b"co_flags" => Some(new_int(c.flags as i64)),
                b"co_firstlineno" => Some(new_int(c.firstlineno as i64)),
                b"co_code" => Some(new_str(c.code.clone())),
                b"co_lnotab" => Some(new_str(c.lnotab.clone())),
                b"co_consts" => Some(new_tuple(c.consts.clone())),
                b"co_names" => Some(new_tuple(c.names.clone())),
                b"co_varnames" => Some(new_tuple(c.varnames.clone())),
                b"co_freevars" => Some(new_tuple(c.freevars.clone())),
                b"co_cellvars" => Some(new_tuple(c.cellvars.clone())),
                _ => None,
            },
            (Payload::Exception(e), b"args") => Some(e.args.borrow().clone()),
            (Payload::Exception(e), b"message") => Some(e.message.borrow().clone()),
            (Payload::Exception(e), b"code")
                if self.is_subclass(&e.class, &self.types.exc.system_exit) =>
            {
                // SystemExit_init: no argument is None, one is itself, more are the tuple.
                let args = e.args.borrow().clone();
                Some(match args.as_tuple() {
                    Some([]) => none(),
                    Some([one]) => one.clone(),
                    _ => args,
                })
            }
            (Payload::Module(m), b"__dict__") => Some(m.dict.clone()),
            _ if obj.native().and_then(|n| n.member(attr)).is_some() => {
                obj.native().and_then(|n| n.member(attr))
            }
            (Payload::StructSeq(s), _) if s.field(attr).is_some() => s.field(attr),
            (Payload::Exception(e), _) if e.environment.is_some() => {
                e.environment.as_ref().and_then(|env| env.member(attr))
            }
            (Payload::Exception(e), _)
                if self.is_subclass(&e.class, &self.types.exc.unicode_error) =>
            {
                self.unicode_error_member(&e.class, &e.unicode_error_args(), attr)
            }
            (Payload::Type(t), b"__name__") => Some(s(t.short_name())),
            (Payload::Type(t), b"__mro__") => Some(new_tuple(t.mro.borrow().clone())),
            (Payload::Slice(sl), b"start") => Some(sl.start.clone()),
            (Payload::Slice(sl), b"stop") => Some(sl.stop.clone()),
            (Payload::Slice(sl), b"step") => Some(sl.step.clone()),
            (Payload::Cell(c), b"cell_contents") => match &*c.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(self.value_error("Cell is empty")),
            },
            (Payload::Traceback(tb), _) => match attr {
                b"tb_next" => Some(tb.next.clone().unwrap_or_else(none)),
                b"tb_frame" => Some(tb.frame.clone()),
                b"tb_lineno" => Some(new_int(tb.lineno as i64)),
                b"tb_lasti" => Some(new_int(tb.lasti as i64)),
                _ => None,
            },
            (Payload::Type(t), b"__module__") => Some(s(t.module_name())),
            (Payload::Builtin(b), b"__name__") => Some(s(b.def.name)),
            (Payload::Builtin(b), b"__self__") => Some(b.self_obj.clone().unwrap_or_else(none)),
            (Payload::Property(p), b"fget") => Some(p.fget.clone().unwrap_or_else(none)),
            (Payload::Property(p), b"fset") => Some(p.fset.clone().unwrap_or_else(none)),
            (Payload::Property(p), b"fdel") => Some(p.fdel.clone().unwrap_or_else(none)),
            (Payload::Property(p), b"__doc__") => Some(p.doc.borrow().clone().unwrap_or_else(none)),
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), b"__func__") => Some(f.clone()),
            (Payload::Method(m), b"im_func" | b"__func__") => Some(m.func.clone()),
            (Payload::Method(m), b"im_self" | b"__self__") => {
                Some(m.self_obj.clone().unwrap_or_else(none))
            }
            (Payload::Method(m), b"im_class") => Some(m.class.clone().unwrap_or_else(none)),
            (Payload::Method(m), b"__name__" | b"__doc__" | b"__module__") => {
                let func = m.func.clone();
                Some(self.getattr(&func, &objects::new_str(attr.to_vec()))?)
            }
            (Payload::File(f), b"softspace") => Some(new_int(f.softspace.get() as i64)),
            (Payload::File(f), b"name") => Some(s(f.stream.name())),
            (Payload::File(f), b"closed") => Some(new_bool(f.closed.get())),
            (Payload::File(f), b"mode") => Some(s(f.stream.mode())),
            (Payload::File(_), b"encoding" | b"errors" | b"newlines") => Some(none()),
            (Payload::Complex(c), b"real") => Some(objects::new_float(c.real)),
            (Payload::Complex(c), b"imag") => Some(objects::new_float(c.imag)),
            (Payload::Float(_), b"real")
            | (Payload::Int(_), b"real" | b"numerator")
            | (Payload::Long(_), b"real" | b"numerator") => Some(obj.clone()),
            (Payload::Int(_) | Payload::Long(_), b"denominator") => Some(new_int(1)),
            (Payload::Int(_) | Payload::Long(_), b"imag") => Some(new_int(0)),
            (Payload::Float(_), b"imag") => Some(objects::new_float(0.0)),
            (Payload::Generator(g), _) => self.generator_attribute(g, attr),
            (Payload::Frame(fr), _) => self.frame_attribute(obj, fr, attr)?,
            (_, b"__class__") => Some(self.type_of(obj)),
            _ => None,
        })
    }

    /// `o.name = value` (or `del o.name` with None).
    pub fn setattr(&mut self, obj: &ObjRef, name: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        if self.class_model_setattr(obj, name, &value)? {
            return Ok(());
        }
        let attr = name.as_str_bytes().unwrap_or(b"").to_vec();
        match &obj.payload {
            Payload::Module(m) => {
                let dict = m.dict.clone();
                match value {
                    Some(v) => self.dict_set(&dict, name.clone(), v),
                    // The generic path: a missing key becomes AttributeError(name).
                    None => {
                        if self.dict_del(&dict, name)? {
                            Ok(())
                        } else {
                            Err(self.err_obj(&self.types.exc.attribute_error.clone(), name.clone()))
                        }
                    }
                }
            }
            Payload::File(f) if attr == b"softspace" => {
                let v = match value {
                    Some(v) => self.index_value(&v)? != 0,
                    None => false,
                };
                f.softspace.set(v);
                Ok(())
            }
            Payload::Function(_) => self.function_setattr(obj, name, value),
            Payload::Frame(fr) => self.frame_setattr(obj, fr, &attr, value),
            Payload::Type(t) => Err(self.type_error(format!(
                "can't set attributes of built-in/extension type '{}'",
                t.short_name()
            ))),
            // `PyObject_GenericSetAttr` on an object without a dict: a native type's member
            // or getset decides; an attribute its type has (a method) is read-only; any
            // other is missing.
            _ => {
                if let Some(r) = obj.native().and_then(|n| n.set_member(self, &attr, value)) {
                    return r;
                }
                let ty = self.type_of(obj);
                let found = self.lookup_in_mro(&ty, name)?;
                if let Some(Payload::SlotMember(m)) = found.as_ref().map(|f| &f.payload) {
                    if m.field.is_some() {
                        // `PyMember_SetOne` on a READONLY member.
                        return Err(self.type_error("readonly attribute"));
                    }
                }
                if found.is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj),
                        String::from_utf8_lossy(&attr)
                    )))
                } else {
                    Err(self.no_attribute(obj, &attr))
                }
            }
        }
    }

    /// Setting or deleting a function's attribute (`func_getsetlist` and `func_memberlist` in
    /// Objects/funcobject.c, then the generic path into `func_dict`), with CPython's checks.
    fn function_setattr(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let Payload::Function(f) = &obj.payload else {
            return Err(self.no_attribute(obj, name.as_str_bytes().unwrap_or(b"")));
        };
        let attr = name.as_str_bytes().unwrap_or(b"").to_vec();
        match (&attr[..], value) {
            (b"__name__" | b"func_name", Some(v)) if v.as_str_bytes().is_some() => {
                *f.name.borrow_mut() = v;
            }
            (b"__name__" | b"func_name", _) => {
                return Err(self.type_error("__name__ must be set to a string object"))
            }
            (b"__doc__" | b"func_doc", v) => *f.doc.borrow_mut() = v.unwrap_or_else(none),
            (b"__module__", v) => *f.module.borrow_mut() = v.unwrap_or_else(none),
            (b"func_defaults" | b"__defaults__", v) => match v {
                Some(d) if !d.is_none() && d.as_tuple().is_none() => {
                    return Err(self.type_error("__defaults__ must be set to a tuple object"))
                }
                v => *f.defaults.borrow_mut() = v.filter(|d| !d.is_none()),
            },
            (b"func_code" | b"__code__", Some(code)) => {
                let Payload::Code(c) = &code.payload else {
                    return Err(self.type_error("__code__ must be set to a code object"));
                };
                let nclosure = f
                    .closure
                    .as_ref()
                    .and_then(|t| t.as_tuple())
                    .map_or(0, <[_]>::len);
                if c.freevars.len() != nclosure {
                    return Err(self.value_error(format!(
                        "{}() requires a code object with {nclosure} free vars, not {}",
                        String::from_utf8_lossy(f.name.borrow().as_str_bytes().unwrap_or(b"?")),
                        c.freevars.len()
                    )));
                }
                *f.code.borrow_mut() = code.clone();
            }
            (b"func_code" | b"__code__", None) => {
                return Err(self.type_error("__code__ must be set to a code object"))
            }
            (b"func_dict" | b"__dict__", None) => {
                return Err(self.type_error("function's dictionary may not be deleted"))
            }
            (b"func_dict" | b"__dict__", Some(d)) => {
                if d.as_dict().is_none() {
                    return Err(self.type_error("setting function's dictionary to a non-dict"));
                }
                *f.dict.borrow_mut() = Some(d);
            }
            (b"func_globals" | b"__globals__" | b"func_closure" | b"__closure__", _) => {
                return Err(self.type_error("readonly attribute"))
            }
            (_, Some(v)) => {
                let dict = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| objects::new_dict(Default::default()))
                    .clone();
                self.dict_set(&dict, name.clone(), v)?;
            }
            (_, None) => {
                let dict = f.dict.borrow().clone();
                let removed = match dict {
                    Some(d) => self.dict_del(&d, name)?,
                    None => false,
                };
                if !removed {
                    return Err(self.attribute_error(String::from_utf8_lossy(&attr)));
                }
            }
        }
        Ok(())
    }

    /// The members `UnicodeEncodeError`, `UnicodeDecodeError` (`encoding`, `object`, `start`,
    /// `end`, `reason`) and `UnicodeTranslateError` (no `encoding`) take from their
    /// arguments; None when the arguments were not the full set.
    fn unicode_error_member(&self, class: &ObjRef, args: &ObjRef, attr: &[u8]) -> Option<ObjRef> {
        let exc = &self.types.exc;
        let names: &[&[u8]] = if self.is_subclass(class, &exc.unicode_translate_error) {
            &[b"object", b"start", b"end", b"reason"]
        } else if self.is_subclass(class, &exc.unicode_encode_error)
            || self.is_subclass(class, &exc.unicode_decode_error)
        {
            &[b"encoding", b"object", b"start", b"end", b"reason"]
        } else {
            return None;
        };
        let position = names.iter().position(|n| *n == attr)?;
        let items = args.as_tuple().unwrap_or(&[]);
        Some(if items.len() == names.len() {
            items[position].clone()
        } else {
            none()
        })
    }
}
