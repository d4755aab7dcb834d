//! `sys.getsizeof` and `object.__sizeof__`: the sizes CPython 2.7 reports on a 64-bit build,
//! from each built-in type's `tp_basicsize` and `tp_itemsize` and the `__sizeof__` overrides
//! of `long`, `str`, `unicode`, `list`, `dict` and `set`, plus `sizeof(PyGC_Head)` for the
//! objects the collector tracks (`_PySys_GetSizeOf`).
//!
//! One size is an approximation: a list's allocated capacity follows CPython's
//! over-allocation history (`list_resize`), which the VM does not keep; a list is reported
//! as if allocated at its current length, which is exact for lists made at their final size
//! (displays, slices, `range()`) and too small for lists grown by `append`.

use crate::error::{PyErr, PyResult};
use crate::objects::iter::IterState;
use crate::objects::{new_int, Args, ObjRef, Payload};
use crate::runtime::Vm;

/// `sizeof(PyGC_Head)`.
const GC_HEAD: i64 = 32;
/// `sizeof(PyObject *)`, the size of a slot, a `__dict__` or a `__weakref__` pointer.
const POINTER: i64 = 8;
/// `sizeof(PyDictEntry)` and `sizeof(setentry)`.
const DICT_ENTRY: i64 = 24;
const SET_ENTRY: i64 = 16;
/// `PyDict_MINSIZE` / `PySet_MINSIZE`: tables this small live inside the object.
const SMALL_TABLE: usize = 8;
/// `PyStringObject_SIZE` and `sizeof(PyUnicodeObject)`.
const STR_HEADER: i64 = 37;
const UNICODE_HEADER: i64 = 48;
/// `tp_basicsize` and `tp_itemsize` of `type`.
const TYPE_BASIC: i64 = 872;
const TYPE_ITEM: i64 = 40;

/// A built-in type's layout: `tp_basicsize` and whether it has `Py_TPFLAGS_HAVE_GC`.
struct Layout {
    basic: i64,
    gc: bool,
}

const fn plain(basic: i64) -> Layout {
    Layout { basic, gc: false }
}

const fn tracked(basic: i64) -> Layout {
    Layout { basic, gc: true }
}

impl Vm {
    /// `_PySys_GetSizeOf`: an old-style instance is `PyInstance_Type`'s size; anything else
    /// asks `__sizeof__` (a Python method a class defines, else the built-in one), and the
    /// collector's header is added for tracked types.
    pub fn sizeof(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        let size = if let Payload::Instance(_) = obj.payload {
            40
        } else {
            match self.user_special(obj, "__sizeof__")? {
                Some(method) => {
                    let r = self.call_object(&method, &[], &[])?;
                    match r.payload {
                        // `PyInt_AsSsize_t` converts through `nb_int`.
                        Payload::Float(f) if f.is_finite() => f.trunc() as i64,
                        _ => crate::builtins::functions::args::ssize_arg(self, &r)?,
                    }
                }
                None => self.builtin_sizeof(obj)?,
            }
        };
        if size < 0 {
            return Err(self.value_error("__sizeof__() should return >= 0"));
        }
        let gc = if matches!(obj.payload, Payload::Instance(_)) {
            true
        } else {
            self.layout(obj)?.gc
        };
        Ok(new_int(size + if gc { GC_HEAD } else { 0 }))
    }

    /// The built-in `__sizeof__` of the object's type (without the collector's header).
    pub fn builtin_sizeof(&mut self, obj: &ObjRef) -> PyResult<i64> {
        let basic = self.layout(obj)?.basic;
        Ok(match &obj.payload {
            Payload::Long(v) => basic + 4 * long_digits(v),
            Payload::Str(s) => STR_HEADER + s.as_bytes().len() as i64,
            Payload::Unicode(u) => UNICODE_HEADER + 4 * (u.chars().len() as i64 + 1),
            Payload::Tuple(t) => basic + POINTER * t.len() as i64,
            Payload::List(l) => basic + POINTER * l.borrow().len() as i64,
            Payload::Dict(d) => basic + table_bytes(d.borrow().capacity(), DICT_ENTRY),
            Payload::Set(s) => basic + table_bytes(s.borrow().capacity(), SET_ENTRY),
            Payload::FrozenSet(s) => basic + table_bytes(s.capacity(), SET_ENTRY),
            Payload::Type(_) => basic + TYPE_ITEM * self.slot_count(obj),
            // `frame_sizeof`: a slot per value-stack entry, local, cell and free variable,
            // one of them inside the struct.
            Payload::Frame(_) => {
                let code = self.getattr(obj, &crate::objects::new_str_from("f_code"))?;
                let extras = match &code.payload {
                    Payload::Code(c) => {
                        c.stacksize as i64
                            + c.nlocals as i64
                            + c.cellvars.len() as i64
                            + c.freevars.len() as i64
                    }
                    _ => 1,
                };
                basic + POINTER * (extras - 1)
            }
            _ => basic,
        })
    }

    /// `tp_basicsize` and the GC flag of the object's type. A class defined in Python adds a
    /// pointer per `__slots__` name and per `__dict__` or `__weakref__` it gives its
    /// instances.
    fn layout(&mut self, obj: &ObjRef) -> PyResult<Layout> {
        let base = match builtin_layout(obj) {
            Some(l) => l,
            None => {
                return Err(PyErr::unsupported(format!(
                    "sys.getsizeof of a '{}' object",
                    self.type_name(obj)
                )))
            }
        };
        let Some(heap) = &obj.heap else {
            return Ok(base);
        };
        let extra = self.added_pointers(&heap.class.clone())?;
        let basic = base.basic + POINTER * extra;
        // `type_new` tracks every class's instances unless they can hold nothing at all.
        let empty = basic == 16 && matches!(obj.payload, Payload::Object);
        Ok(Layout {
            basic,
            gc: base.gc || !empty,
        })
    }

    /// The pointers the Python-defined classes of `class`'s base chain add to the layout.
    fn added_pointers(&mut self, class: &ObjRef) -> PyResult<i64> {
        let mut extra = 0;
        let mut current = Some(class.clone());
        while let Some(c) = current {
            let Some(t) = c.as_type() else { break };
            if !t.heap {
                break;
            }
            let dict = t.dict.clone();
            let entries: Vec<ObjRef> = match dict.as_dict() {
                Some(d) => d.borrow().entries().map(|(_, v)| v.clone()).collect(),
                None => Vec::new(),
            };
            extra += entries
                .iter()
                .filter(|v| {
                    matches!(&v.payload, Payload::SlotMember(m) if m.field.is_none())
                        || matches!(&v.payload, Payload::GetSet(g) if crate::objects::is(&g.owner, &c))
                })
                .count() as i64;
            current = t.base.clone();
        }
        Ok(extra)
    }

    /// `Py_SIZE` of a type object: the `__slots__` members a class declared itself.
    fn slot_count(&mut self, ty: &ObjRef) -> i64 {
        let Some(t) = ty.as_type() else { return 0 };
        if !t.heap {
            return 0;
        }
        match t.dict.as_dict() {
            Some(d) => d
                .borrow()
                .entries()
                .filter(|(_, v)| {
                    matches!(&v.payload, Payload::SlotMember(m)
                        if m.field.is_none() && crate::objects::is(&m.owner, ty))
                })
                .count() as i64,
            None => 0,
        }
    }
}

/// `ABS(Py_SIZE)` of a long: its 30-bit digits.
fn long_digits(v: &num_bigint::BigInt) -> i64 {
    let bits = v.bits() as i64;
    (bits + 29) / 30
}

/// The separately allocated table of a dict or set, if it outgrew the one inside the object.
fn table_bytes(slots: usize, entry: i64) -> i64 {
    if slots > SMALL_TABLE {
        slots as i64 * entry
    } else {
        0
    }
}

/// The layout of the built-in type behind a payload.
fn builtin_layout(obj: &ObjRef) -> Option<Layout> {
    Some(match &obj.payload {
        Payload::Null | Payload::None | Payload::NotImplemented | Payload::Ellipsis => plain(16),
        Payload::Object => plain(16),
        Payload::Bool(_) | Payload::Int(_) | Payload::Long(_) | Payload::Float(_) => plain(24),
        Payload::Complex(_) => plain(32),
        Payload::Str(_) => plain(STR_HEADER),
        Payload::Unicode(_) => plain(UNICODE_HEADER),
        Payload::Tuple(_) => tracked(24),
        Payload::List(_) => tracked(40),
        Payload::Dict(_) => tracked(248),
        Payload::Set(_) | Payload::FrozenSet(_) => tracked(200),
        Payload::DictView(_) | Payload::DictProxy(_) => tracked(24),
        Payload::Code(_) => plain(128),
        Payload::Function(_) => tracked(88),
        Payload::Builtin(b) if b.def.conv == crate::objects::CallConv::WrapperNoArgs => tracked(32),
        Payload::Builtin(_) | Payload::MethodDescr(..) => tracked(40),
        Payload::Method(_) => tracked(48),
        Payload::Cell(_) => tracked(24),
        Payload::Type(t) => Layout {
            basic: TYPE_BASIC,
            gc: t.heap,
        },
        Payload::Module(_) => tracked(24),
        Payload::Exception(_) => tracked(exception_basic_size(obj)),
        Payload::Traceback(_) => tracked(40),
        Payload::Iter(state) => iterator_layout(&*state.try_borrow().ok()?),
        Payload::Slice(_) => tracked(40),
        Payload::Xrange(_) => plain(40),
        Payload::File(_) => plain(144),
        Payload::Generator(_) => tracked(48),
        Payload::Class(_) => tracked(72),
        Payload::Instance(_) => tracked(40),
        Payload::Property(_) => tracked(56),
        Payload::StaticMethod(_) | Payload::ClassMethod(_) => tracked(24),
        Payload::Super(_) => tracked(40),
        Payload::SlotMember(_) | Payload::GetSet(_) => tracked(40),
        Payload::Frame(_) => tracked(384),
        Payload::StructSeq(s) => plain(crate::objects::structseq::basic_size(s.desc) as i64),
        // `bytearray_sizeof`: the struct and its buffer, allocated one past the length when
        // made from a string (growth by appends allocates more, which is not followed).
        Payload::ByteArray(b) => {
            let len = b.bytes.borrow().len() as i64;
            plain(48 + if len > 0 { len + 1 } else { 0 })
        }
        Payload::Native(_) => return None,
    })
}

fn iterator_layout(state: &IterState) -> Layout {
    match state {
        IterState::Seq { .. } | IterState::Callable { .. } | IterState::Reversed { .. } => {
            tracked(32)
        }
        IterState::Dict { .. } => tracked(56),
        IterState::Set { .. } | IterState::Enumerate { .. } => tracked(48),
        IterState::Range { .. } => plain(48),
    }
}

/// The exception classes' structs (Objects/exceptions.c): `PyBaseExceptionObject` and the
/// larger ones of `SystemExit`, `EnvironmentError`, `SyntaxError` and `UnicodeError`.
fn exception_basic_size(obj: &ObjRef) -> i64 {
    let Payload::Exception(e) = &obj.payload else {
        return 40;
    };
    let mro = match e.class.as_type() {
        Some(t) => t.mro.borrow().clone(),
        None => return 40,
    };
    let names: Vec<String> = mro
        .iter()
        .filter_map(|c| c.as_type().map(|t| t.name.clone()))
        .collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    let unicode_error = ["Encode", "Decode", "Translate"]
        .iter()
        .any(|kind| has(&format!("exceptions.Unicode{kind}Error")));
    if has("exceptions.SyntaxError") {
        88
    } else if unicode_error {
        80
    } else if has("exceptions.EnvironmentError") {
        64
    } else if has("exceptions.SystemExit") {
        48
    } else {
        40
    }
}

/// `object.__sizeof__` (and the overrides of the built-in types it stands for).
pub fn object_sizeof(vm: &mut Vm, me: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    let Some(me) = me else {
        return Err(vm.type_error("descriptor '__sizeof__' of 'object' object needs an argument"));
    };
    let me = me.clone();
    vm.builtin_sizeof(&me).map(new_int)
}
