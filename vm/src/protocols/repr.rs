//! `repr()` and `str()` of any object (`PyObject_Repr`, `PyObject_Str`), dispatching on the
//! payload to the type files; containers recurse with CPython's recursion guard.

use crate::error::PyResult;
use crate::objects::{self, address, ObjRef, Payload};
use crate::runtime::Vm;

fn is_slot_wrapper(name: &str) -> bool {
    crate::builtins::object_methods::SLOT_WRAPPERS.contains(&name)
}

/// The containers whose repr or print is in progress (`Py_ReprEnter`'s list), with a set
/// of their addresses so that asking stays cheap however deep the nesting.
#[derive(Default)]
pub struct ReprGuard {
    active: Vec<ObjRef>,
    addresses: std::collections::HashSet<usize>,
}

impl ReprGuard {
    pub fn contains(&self, obj: &ObjRef) -> bool {
        self.addresses.contains(&address(obj))
    }

    pub fn push(&mut self, obj: ObjRef) {
        self.addresses.insert(address(&obj));
        self.active.push(obj);
    }

    pub fn pop(&mut self) {
        if let Some(obj) = self.active.pop() {
            self.addresses.remove(&address(&obj));
        }
    }
}

impl Vm {
    /// `PyObject_Repr`: `repr(obj)` as bytes. Every type has a `tp_repr`, so the call counts
    /// a recursion level, as CPython guards against a repr that loops.
    pub fn repr(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        if matches!(obj.payload, Payload::Null) {
            return self.type_repr(obj);
        }
        self.enter_recursive_call(" while getting the repr of an object")?;
        let result = self.type_repr(obj);
        self.recursion_depth -= 1;
        result
    }

    /// The type's `tp_repr` called directly, as `object_str` does for `str()`.
    fn type_repr(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(r) = self.user_repr(obj)? {
                return Ok(r);
            }
        }
        if let Some(text) = obj.native().and_then(|n| n.repr(self, obj)) {
            return text;
        }
        self.builtin_repr(obj)
    }

    /// `repr(o)` by the payload alone.
    pub(crate) fn builtin_repr(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        Ok(match &obj.payload {
            Payload::Null => b"<nil>".to_vec(),
            Payload::None => b"None".to_vec(),
            Payload::NotImplemented => b"NotImplemented".to_vec(),
            Payload::Ellipsis => b"Ellipsis".to_vec(),
            Payload::Bool(v) => objects::bool::repr(*v).to_vec(),
            Payload::Int(v) => v.to_string().into_bytes(),
            Payload::Long(v) => objects::long::repr(v),
            Payload::Float(v) => objects::float::repr(*v),
            Payload::Complex(c) => objects::complex::repr(c),
            Payload::Str(s) => objects::str::repr(s.as_bytes()),
            Payload::Unicode(u) => objects::unicode::repr(u.chars()),
            Payload::Tuple(items) => {
                let items = items.to_vec();
                let trailer: &[u8] = if items.len() == 1 { b",)" } else { b")" };
                self.repr_sequence(obj, &items, b"(", trailer, "tuple")?
            }
            Payload::List(items) => {
                let items = items.borrow().clone();
                self.repr_sequence(obj, &items, b"[", b"]", "list")?
            }
            Payload::Dict(_) => self.repr_dict(obj)?,
            Payload::DictView(v) => crate::builtins::dict_views::repr(self, obj, v)?,
            Payload::Set(_) | Payload::FrozenSet(_) => self.repr_set(obj)?,
            Payload::Code(c) => objects::code::repr(obj, c),
            Payload::Function(pf) => {
                let mut out = b"<function ".to_vec();
                out.extend_from_slice(pf.name.borrow().as_str_bytes().unwrap_or(b"?"));
                out.extend_from_slice(format!(" at {:#x}>", address(obj)).as_bytes());
                out
            }
            Payload::Builtin(b) if is_slot_wrapper(b.def.name) && b.self_obj.is_some() => {
                let self_type = b
                    .self_obj
                    .as_ref()
                    .map(|s| self.type_name(s))
                    .unwrap_or_default();
                format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.def.name,
                    self_type,
                    b.self_obj.as_ref().map(address).unwrap_or(0)
                )
                .into_bytes()
            }
            Payload::Builtin(b) => {
                let self_type = b
                    .self_obj
                    .as_ref()
                    .map(|s| self.type_name(s))
                    .unwrap_or_default();
                objects::builtin_function::repr(b, &self_type)
            }
            Payload::MethodDescr(def, owner) | Payload::WrapperDescr(def, owner) => format!(
                "<{} '{}' of '{}' objects>",
                if matches!(obj.payload, Payload::WrapperDescr(..))
                    || (is_slot_wrapper(def.name)
                        && !owner
                            .as_type()
                            .is_some_and(|t| crate::builtins::type_dicts::describes(&t.name)))
                    || def.conv == objects::CallConv::WrapperNoArgs
                {
                    "slot wrapper"
                } else {
                    "method"
                },
                def.name,
                owner.as_type().map(|t| t.name.as_str()).unwrap_or("?")
            )
            .into_bytes(),
            Payload::Method(m) => self.repr_method(m)?,
            Payload::Cell(c) => match &*c.borrow() {
                Some(v) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    address(obj),
                    self.type_name(v),
                    address(v)
                )
                .into_bytes(),
                None => format!("<cell at {:#x}: empty>", address(obj)).into_bytes(),
            },
            Payload::Type(t) => objects::typeobject::repr(t),
            Payload::Module(m) => self.repr_module(m)?,
            Payload::Native(n) => match n.data.repr(self, obj) {
                Some(text) => text?,
                None => objects::native::default_repr(&n.class, obj),
            },
            Payload::StructSeq(s) => objects::structseq::repr(self, s)?,
            Payload::Exception(_) => self.repr_exception(obj)?,
            Payload::Frame(_) => objects::frame::repr(obj),
            Payload::Traceback(_) => {
                format!("<traceback object at {:#x}>", address(obj)).into_bytes()
            }
            Payload::Iter(state) => format!(
                "<{} object at {:#x}>",
                state.borrow().type_name(),
                address(obj)
            )
            .into_bytes(),
            Payload::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                let mut out = b"slice(".to_vec();
                out.extend(self.repr(&a)?);
                out.extend_from_slice(b", ");
                out.extend(self.repr(&b)?);
                out.extend_from_slice(b", ");
                out.extend(self.repr(&c)?);
                out.push(b')');
                out
            }
            Payload::Xrange(r) => objects::xrange::repr(r),
            Payload::ByteArray(b) => objects::bytearray::repr(b),
            Payload::Object | Payload::Instance(_) => self.default_repr(obj)?.unwrap_or_default(),
            Payload::Class(c) => {
                let class = obj.clone();
                let module = self.old_class_module(&class)?;
                objects::classobj::repr(
                    module.as_deref(),
                    c.name.as_str_bytes().unwrap_or(b"?"),
                    address(obj),
                )
            }
            Payload::Property(_) => {
                format!("<property object at {:#x}>", address(obj)).into_bytes()
            }
            Payload::StaticMethod(_) => {
                format!("<staticmethod object at {:#x}>", address(obj)).into_bytes()
            }
            Payload::ClassMethod(_) => {
                format!("<classmethod object at {:#x}>", address(obj)).into_bytes()
            }
            Payload::Super(s) => objects::super_object::repr(self, s),
            Payload::GetSet(g) => format!(
                "<{} '{}' of '{}' objects>",
                if g.member { "member" } else { "attribute" },
                String::from_utf8_lossy(g.name.as_str_bytes().unwrap_or(b"?")),
                g.owner.as_type().map(|t| t.tp_name()).unwrap_or("?")
            )
            .into_bytes(),
            Payload::DictProxy(d) => {
                let d = d.clone();
                let mut out = b"dict_proxy(".to_vec();
                out.extend(self.repr(&d)?);
                out.push(b')');
                out
            }
            Payload::SlotMember(m) => format!(
                "<member '{}' of '{}' objects>",
                String::from_utf8_lossy(m.name.as_str_bytes().unwrap_or(b"?")),
                // `descr_repr` shows `tp_name`: a class's bare name, a built-in's dotted one.
                m.owner.as_type().map(|t| t.tp_name()).unwrap_or("?")
            )
            .into_bytes(),
            Payload::File(file) => format!(
                "<open file '{}', mode '{}' at {:#x}>",
                file.stream.name(),
                file.stream.mode(),
                address(obj)
            )
            .into_bytes(),
            Payload::Generator(g) => objects::generator::repr(obj, g),
        })
    }

    /// `str(obj)` as bytes: the text itself for strings, 12-digit floats, exception messages;
    /// `repr` otherwise.
    /// `PyObject_Str` counts a recursion level for anything but an exact str or unicode.
    pub fn to_str(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        let text = self.str_object(obj)?;
        match &text.payload {
            Payload::Unicode(u) => self.encode_default(u.chars()),
            _ => Ok(text.as_str_bytes().unwrap_or_default().to_vec()),
        }
    }

    /// `str(o)` by the payload alone.
    pub(crate) fn builtin_str(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        match &obj.payload {
            Payload::Str(s) => Ok(s.as_bytes().to_vec()),
            Payload::ByteArray(b) => Ok(b.bytes.borrow().clone()),
            Payload::Unicode(u) => self.encode_default(u.chars()),
            Payload::Float(v) => Ok(objects::float::str(*v)),
            Payload::Long(v) => Ok(v.to_string().into_bytes()),
            Payload::Complex(c) => Ok(objects::complex::str(c)),
            Payload::Exception(_) => self.str_exception(obj),
            // proxy_str: the str of the dict it wraps.
            Payload::DictProxy(d) => {
                let d = d.clone();
                self.to_str(&d)
            }
            Payload::Class(c) => {
                // class_str: `MODULE.NAME`, or the name alone without a str `__module__`.
                let class = obj.clone();
                let mut out = self.old_class_module(&class)?.unwrap_or_default();
                if !out.is_empty() {
                    out.push(b'.');
                }
                out.extend_from_slice(c.name.as_str_bytes().unwrap_or(b"?"));
                Ok(out)
            }
            _ => self.type_repr(obj),
        }
    }

    /// `unicode -> str` with the default encoding (ASCII), as `str(u'…')` does.
    pub fn encode_default(&self, chars: &[u32]) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(chars.len());
        for (i, &c) in chars.iter().enumerate() {
            if c >= 128 {
                return Err(crate::builtins::unicode_methods::encode_error(
                    self,
                    "ascii",
                    chars,
                    i,
                    "ordinal not in range(128)",
                ));
            }
            out.push(c as u8);
        }
        Ok(out)
    }

    /// Lists and tuples: items' reprs between brackets; a container met again while it is
    /// being printed shows as `[...]` (`Py_ReprEnter`).
    fn repr_sequence(
        &mut self,
        obj: &ObjRef,
        items: &[ObjRef],
        open: &[u8],
        close: &[u8],
        kind: &str,
    ) -> PyResult<Vec<u8>> {
        // `tuplerepr` answers an empty tuple first; `list_repr` asks `Py_ReprEnter` first.
        if items.is_empty() && (kind == "tuple" || !self.repr_guard.contains(obj)) {
            return Ok([open, if kind == "tuple" { b")" } else { close }].concat());
        }
        // `Py_ReprEnter`: a list or tuple met again inside its own repr.
        if self.repr_guard.contains(obj) {
            return Ok(if kind == "tuple" { b"(...)" } else { b"[...]" }.to_vec());
        }
        self.repr_guard.push(obj.clone());
        let result = (|| {
            let mut out = open.to_vec();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                out.extend(self.repr(item)?);
            }
            out.extend_from_slice(close);
            Ok(out)
        })();
        self.repr_guard.pop();
        result
    }

    fn repr_dict(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        let entries: Vec<(ObjRef, ObjRef)> = match obj.as_dict() {
            Some(d) => d
                .borrow()
                .entries()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => Vec::new(),
        };
        // `dict_repr` asks `Py_ReprEnter` before it looks at the size.
        if self.repr_guard.contains(obj) {
            return Ok(b"{...}".to_vec());
        }
        if entries.is_empty() {
            return Ok(b"{}".to_vec());
        }
        self.repr_guard.push(obj.clone());
        let result = (|| {
            let mut out = b"{".to_vec();
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                out.extend(self.repr(k)?);
                out.extend_from_slice(b": ");
                out.extend(self.repr(v)?);
            }
            out.push(b'}');
            Ok(out)
        })();
        self.repr_guard.pop();
        result
    }

    fn repr_set(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        let (name, keys): (&str, Vec<ObjRef>) = match &obj.payload {
            Payload::Set(s) => ("set", s.borrow().keys().cloned().collect()),
            Payload::FrozenSet(s) => ("frozenset", s.keys().cloned().collect()),
            _ => ("set", Vec::new()),
        };
        if self.repr_guard.contains(obj) {
            return Ok(format!("{name}(...)").into_bytes());
        }
        self.repr_guard.push(obj.clone());
        let result = (|| {
            let mut out = format!("{name}([").into_bytes();
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                out.extend(self.repr(k)?);
            }
            out.extend_from_slice(b"])");
            Ok(out)
        })();
        self.repr_guard.pop();
        result
    }

    fn repr_method(&mut self, m: &objects::method::PyMethod) -> PyResult<Vec<u8>> {
        let func_name = match &m.func.payload {
            Payload::Function(pf) => pf.name.borrow().as_str_bytes().unwrap_or(b"?").to_vec(),
            Payload::Builtin(b) => b.def.name.as_bytes().to_vec(),
            _ => b"?".to_vec(),
        };
        let class_name = m
            .class
            .as_ref()
            .map(|c| self.class_name(c))
            .unwrap_or_else(|| "?".to_string());
        if m.self_obj.is_none() {
            let mut out = b"<unbound method ".to_vec();
            out.extend_from_slice(class_name.as_bytes());
            out.push(b'.');
            out.extend_from_slice(&func_name);
            out.push(b'>');
            return Ok(out);
        }
        let mut out = b"<bound method ".to_vec();
        out.extend_from_slice(class_name.as_bytes());
        out.push(b'.');
        out.extend_from_slice(&func_name);
        out.extend_from_slice(b" of ");
        if let Some(s) = &m.self_obj {
            let s = s.clone();
            out.extend(self.repr(&s)?);
        }
        out.push(b'>');
        Ok(out)
    }

    fn repr_module(&mut self, m: &objects::module::PyModule) -> PyResult<Vec<u8>> {
        let name = self.dict_get(&m.dict, &objects::new_str_from("__name__"))?;
        let file = self.dict_get(&m.dict, &objects::new_str_from("__file__"))?;
        let name = name
            .and_then(|n| n.as_str_bytes().map(|b| b.to_vec()))
            .unwrap_or(b"?".to_vec());
        let mut out = b"<module '".to_vec();
        out.extend_from_slice(&name);
        match file.and_then(|f| f.as_str_bytes().map(|b| b.to_vec())) {
            Some(file) => {
                out.extend_from_slice(b"' from '");
                out.extend_from_slice(&file);
                out.extend_from_slice(b"'>");
            }
            None => out.extend_from_slice(b"' (built-in)>"),
        }
        Ok(out)
    }
}
