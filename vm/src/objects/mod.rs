//! The object model: every Python value is an `ObjRef`, a reference-counted `PyObject` whose
//! `Payload` says which built-in type it is. Reference counting (`Rc`) frees objects at the same
//! point CPython does, and `Rc::ptr_eq` is identity (`is`).
//!
//! One file per Python type holds that type's constructors, repr, hashing and methods.

pub mod bool;
pub mod buffer;
pub mod builtin_function;
pub mod bytearray;
pub mod cell;
pub mod classmethod;
pub mod classobj;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dictproxy;
pub mod dictview;
pub mod exception;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod getset;
pub mod hash;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod long;
pub mod method;
pub mod module;
pub mod native;
pub mod none;
pub mod object;
pub mod property;
pub mod set;
pub mod slice;
pub mod slot_member;
pub mod staticmethod;
pub mod str;
pub mod structseq;
pub mod super_object;
pub mod traceback;
pub mod tuple;
pub mod typeobject;
pub mod unicode;
pub mod xrange;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use builtin_function::{Args, BuiltinFunction, CallConv, MethodDef, NativeFn};
pub use code::PyCode;
pub use dict::DictTable;
pub use exception::PyBaseException;
pub use function::PyFunction;
pub use typeobject::PyType;

/// A reference to a Python object. Cloning it is `Py_INCREF`, dropping it `Py_DECREF`.
pub type ObjRef = Rc<PyObject>;

pub struct PyObject {
    pub payload: Payload,
    /// Set for an instance of a class defined in Python (and for a class whose metaclass is
    /// one): its class and `__dict__`. The payload stays the built-in base's, so an instance
    /// of `class L(list)` is a list to every built-in operation (see `object.rs`).
    pub heap: Option<Box<object::HeapPart>>,
}

/// What an object is. Mutable payloads keep their state in a `RefCell`, because Python
/// objects are shared and mutated through any reference.
pub enum Payload {
    /// The NULL of a value-stack slot left by a failed operation (printed `<nil>`).
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Long(BigInt),
    Float(f64),
    Complex(complex::Complex),
    Str(str::PyStr),
    /// `unicode`: code points (the reference is a UCS-4 build).
    Unicode(unicode::PyUnicode),
    Tuple(Box<[ObjRef]>),
    List(RefCell<Vec<ObjRef>>),
    Dict(RefCell<DictTable>),
    /// `dict_keys`, `dict_values`, `dict_items`.
    DictView(dictview::PyDictView),
    Set(RefCell<set::SetTable>),
    FrozenSet(set::SetTable),
    Code(Rc<PyCode>),
    Function(PyFunction),
    Builtin(BuiltinFunction),
    /// A method of a built-in type found on the type itself (`list.append`).
    MethodDescr(&'static MethodDef, ObjRef),
    /// A function bound to an instance (`instancemethod` with `im_self`).
    Method(method::PyMethod),
    Cell(RefCell<Option<ObjRef>>),
    Type(PyType),
    Module(module::PyModule),
    Exception(PyBaseException),
    Traceback(traceback::PyTraceback),
    Frame(frame::PyFrame),
    Iter(RefCell<iter::IterState>),
    Slice(slice::PySlice),
    Xrange(xrange::PyXrange),
    ByteArray(bytearray::PyByteArray),
    File(file::PyFile),
    Generator(generator::PyGenerator),
    /// An instance of `object` itself, or of a class whose only built-in base is `object`.
    Object,
    /// An old-style class (`classobj`).
    Class(classobj::PyClass),
    /// An instance of an old-style class.
    Instance(instance::PyInstance),
    Property(property::PyProperty),
    StaticMethod(ObjRef),
    ClassMethod(ObjRef),
    Super(super_object::PySuper),
    /// A `__slots__` entry in its class's dict (`member_descriptor`).
    SlotMember(slot_member::PySlotMember),
    /// `__dict__` / `__weakref__` of a class (`getset_descriptor`).
    GetSet(getset::PyGetSet),
    /// `C.__dict__`: a read-only view of a class's dict.
    DictProxy(ObjRef),
    /// An instance of a type defined by a native module.
    Native(native::NativeObject),
    /// A struct sequence (`sys.flags`, `sys.version_info`, ...).
    StructSeq(structseq::PyStructSeq),
}

/// `list_dealloc` and `tupledealloc` release their items last first (Rust would drop them
/// first to last; the order shows when freeing an item runs a finalizer). Freeing an instance
/// whose class defines `__del__` hands its contents to `runtime::finalizers`, which runs the
/// method where CPython's refcounting would. The rest is freed through `runtime::trashcan`,
/// so freeing a deeply nested structure never recurses deeply.
impl Drop for PyObject {
    fn drop(&mut self) {
        if crate::runtime::trashcan::deposit_if_deep(self) {
            return;
        }
        match &mut self.payload {
            Payload::List(items) => items.get_mut().reverse(),
            Payload::Tuple(items) => items.reverse(),
            _ => {}
        }
        if self.heap.is_some() || matches!(self.payload, Payload::Instance(_)) {
            crate::runtime::finalizers::on_drop(self);
        }
        crate::runtime::trashcan::free_contents(self);
    }
}

impl PyObject {
    pub fn new(payload: Payload) -> ObjRef {
        Rc::new(PyObject {
            payload,
            heap: None,
        })
    }

    /// An instance of the Python-defined class `class` with this built-in payload.
    pub fn with_class(payload: Payload, heap: object::HeapPart) -> ObjRef {
        Rc::new(PyObject {
            payload,
            heap: Some(Box::new(heap)),
        })
    }

    /// The instance `__dict__`, for objects that have one.
    pub fn instance_dict(&self) -> Option<&ObjRef> {
        match (&self.heap, &self.payload) {
            (Some(h), _) => h.dict.as_ref(),
            (None, Payload::Instance(i)) => Some(&i.dict),
            _ => None,
        }
    }
}

/// Identity, as Python's `is`.
#[inline]
pub fn is(a: &ObjRef, b: &ObjRef) -> bool {
    Rc::ptr_eq(a, b)
}

/// The address `id()` and default reprs show. Masked by the harness, so only its form matters.
pub fn address(obj: &ObjRef) -> usize {
    Rc::as_ptr(obj) as *const u8 as usize
}

thread_local! {
    static SINGLETONS: Singletons = Singletons::new();
}

struct Singletons {
    null: ObjRef,
    none: ObjRef,
    not_implemented: ObjRef,
    ellipsis: ObjRef,
    true_: ObjRef,
    false_: ObjRef,
    small_ints: Vec<ObjRef>,
    empty_tuple: ObjRef,
    empty_str: ObjRef,
    empty_frozenset: ObjRef,
    chars: Vec<ObjRef>,
}

/// CPython caches the ints -5..=256, so `is` between them holds.
pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;

impl Singletons {
    fn new() -> Self {
        Singletons {
            null: PyObject::new(Payload::Null),
            none: PyObject::new(Payload::None),
            not_implemented: PyObject::new(Payload::NotImplemented),
            ellipsis: PyObject::new(Payload::Ellipsis),
            true_: PyObject::new(Payload::Bool(true)),
            false_: PyObject::new(Payload::Bool(false)),
            small_ints: (SMALL_INT_MIN..=SMALL_INT_MAX)
                .map(|v| PyObject::new(Payload::Int(v)))
                .collect(),
            empty_tuple: PyObject::new(Payload::Tuple(Box::new([]))),
            empty_str: PyObject::new(Payload::Str(str::PyStr::new(Vec::new()))),
            empty_frozenset: PyObject::new(Payload::FrozenSet(set::SetTable::new())),
            chars: (0..=255u8)
                .map(|c| PyObject::new(Payload::Str(str::PyStr::new(vec![c]))))
                .collect(),
        }
    }
}

pub fn null() -> ObjRef {
    SINGLETONS.with(|s| s.null.clone())
}
pub fn none() -> ObjRef {
    SINGLETONS.with(|s| s.none.clone())
}
pub fn not_implemented() -> ObjRef {
    SINGLETONS.with(|s| s.not_implemented.clone())
}
pub fn ellipsis() -> ObjRef {
    SINGLETONS.with(|s| s.ellipsis.clone())
}
pub fn new_bool(v: bool) -> ObjRef {
    SINGLETONS.with(|s| if v { s.true_.clone() } else { s.false_.clone() })
}
pub fn new_int(v: i64) -> ObjRef {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
        SINGLETONS.with(|s| s.small_ints[(v - SMALL_INT_MIN) as usize].clone())
    } else {
        PyObject::new(Payload::Int(v))
    }
}
/// A `long` object (always a long, even when small: `1L` stays `1L`).
pub fn new_long(v: BigInt) -> ObjRef {
    PyObject::new(Payload::Long(v))
}
pub fn new_float(v: f64) -> ObjRef {
    PyObject::new(Payload::Float(v))
}
/// A `str` (bytes). Empty and one-byte strings are shared, as in CPython.
pub fn new_str(bytes: Vec<u8>) -> ObjRef {
    match bytes.len() {
        0 => SINGLETONS.with(|s| s.empty_str.clone()),
        1 => SINGLETONS.with(|s| s.chars[bytes[0] as usize].clone()),
        _ => PyObject::new(Payload::Str(str::PyStr::new(bytes))),
    }
}
pub fn new_str_from(text: &str) -> ObjRef {
    new_str(text.as_bytes().to_vec())
}
pub fn new_tuple(items: Vec<ObjRef>) -> ObjRef {
    if items.is_empty() {
        SINGLETONS.with(|s| s.empty_tuple.clone())
    } else {
        PyObject::new(Payload::Tuple(items.into_boxed_slice()))
    }
}
/// The empty frozenset `frozenset()` returns (a singleton, as in CPython).
pub fn empty_frozenset() -> ObjRef {
    SINGLETONS.with(|s| s.empty_frozenset.clone())
}
pub fn new_list(items: Vec<ObjRef>) -> ObjRef {
    PyObject::new(Payload::List(RefCell::new(items)))
}
pub fn new_dict(table: DictTable) -> ObjRef {
    PyObject::new(Payload::Dict(RefCell::new(table)))
}
pub fn new_cell(v: Option<ObjRef>) -> ObjRef {
    PyObject::new(Payload::Cell(RefCell::new(v)))
}

impl PyObject {
    pub fn is_none(&self) -> bool {
        matches!(self.payload, Payload::None)
    }
    pub fn as_str_bytes(&self) -> Option<&[u8]> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_bytes()),
            _ => None,
        }
    }
    pub fn as_tuple(&self) -> Option<&[ObjRef]> {
        match &self.payload {
            Payload::Tuple(items) => Some(items),
            _ => None,
        }
    }
    pub fn as_dict(&self) -> Option<&RefCell<DictTable>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
    pub fn as_type(&self) -> Option<&PyType> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}
