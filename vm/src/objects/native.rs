//! Instances of the types the native modules define (`functools.partial`,
//! `itertools.count`, `collections.deque`, ...): the object's class and a Rust value whose
//! `NativeData` implementation supplies the type's slots (CPython's `tp_iter`,
//! `tp_iternext`, `tp_call`, `tp_repr`, `tp_print`, `tp_richcompare`, `sq_length`,
//! `sq_item`, `sq_ass_item`, `sq_inplace_concat`, members). A slot a type does not fill
//! returns None, and the caller raises what CPython raises for a missing slot.
//!
//! A type with a layout of its own keeps its value as the payload (`Payload::Native`); a
//! type extending a built-in layout (`defaultdict` over `dict`) keeps the built-in payload
//! and its value in the object's `HeapPart` (see `object.rs`). `PyObject::native` finds
//! the value either way. A native type's `__new__` is `tp_new_wrapper` over its `tp_new`, so
//! Python classes may derive from the types that allow it (`class Ring(deque)`).

use std::any::Any;

use super::object::HeapPart;
use super::typeobject::NativeTypeSlots;
use super::{address, new_str_from, Args, BuiltinFunction, MethodDef, ObjRef, Payload, PyObject};
use crate::def;
use crate::error::PyResult;
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub struct NativeObject {
    pub class: ObjRef,
    pub data: Box<dyn NativeData>,
}

/// The slots of a native type. `me` is the object holding this value.
pub trait NativeData: Any {
    fn as_any(&self) -> &dyn Any;

    /// An iterator's `tp_iter` returns the iterator itself.
    fn is_iterator(&self) -> bool {
        false
    }

    /// `tp_iter` of an iterable that is not its own iterator.
    fn iter(&self, _vm: &mut Vm, me: &ObjRef) -> Option<PyResult<ObjRef>> {
        self.is_iterator().then(|| Ok(me.clone()))
    }

    /// `tp_iternext`: `Ok(None)` when exhausted.
    fn next(&self, _vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
        None
    }

    /// Does the type have `tp_call`?
    fn call_slot(&self) -> bool {
        false
    }

    /// `tp_call`.
    fn call(
        &self,
        _vm: &mut Vm,
        _me: &ObjRef,
        _args: &[ObjRef],
        _kw: &[(ObjRef, ObjRef)],
    ) -> Option<PyResult<ObjRef>> {
        None
    }

    /// `tp_repr`; None gives `object_repr`'s `<MODULE.NAME object at ADDR>`.
    fn repr(&self, _vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        None
    }

    /// `sq_length`.
    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        None
    }

    /// A member (`tp_members`) or getset attribute, by name.
    fn member(&self, _name: &[u8]) -> Option<ObjRef> {
        None
    }

    /// Setting (`Some`) or deleting (`None`) a member or getset attribute; None when the
    /// type has no such attribute.
    fn set_member(
        &self,
        _vm: &mut Vm,
        _name: &[u8],
        _value: Option<ObjRef>,
    ) -> Option<PyResult<()>> {
        None
    }

    /// Does the type fill `sq_item` (which decides the messages for a bad subscript)?
    fn is_sequence(&self) -> bool {
        false
    }

    /// `sq_item`: `i` is already adjusted by the length when it was negative.
    fn item(&self, _vm: &mut Vm, _me: &ObjRef, _i: i64) -> Option<PyResult<ObjRef>> {
        None
    }

    /// `sq_ass_item`: stores `value`, or deletes the item when it is None.
    fn set_item(
        &self,
        _vm: &mut Vm,
        _me: &ObjRef,
        _i: i64,
        _value: Option<ObjRef>,
    ) -> Option<PyResult<()>> {
        None
    }

    /// `sq_inplace_concat` (`a += b`).
    fn inplace_concat(
        &self,
        _vm: &mut Vm,
        _me: &ObjRef,
        _other: &ObjRef,
    ) -> Option<PyResult<ObjRef>> {
        None
    }

    /// `tp_richcompare`: None for NotImplemented.
    fn richcompare(
        &self,
        _vm: &mut Vm,
        _me: &ObjRef,
        _other: &ObjRef,
        _op: CompareOp,
    ) -> Option<PyResult<bool>> {
        None
    }

    /// False for a type whose `tp_hash` is `PyObject_HashNotImplemented`.
    fn hashable(&self) -> bool {
        true
    }

    /// `tp_print`, writing to a real file.
    fn print(&self, _vm: &mut Vm, _me: &ObjRef, _file: &ObjRef) -> Option<PyResult<()>> {
        None
    }
}

impl PyObject {
    /// The Rust value of an instance of a native type, wherever the object keeps it.
    pub fn native(&self) -> Option<&dyn NativeData> {
        match (&self.payload, &self.heap) {
            (Payload::Native(n), _) => Some(&*n.data),
            (_, Some(h)) => h.native.as_deref(),
            _ => None,
        }
    }
}

/// A new instance of a native type (or of a Python class derived from it) whose value is
/// its payload.
pub fn new_native(class: &ObjRef, data: impl NativeData) -> ObjRef {
    let payload = Payload::Native(NativeObject {
        class: class.clone(),
        data: Box::new(data),
    });
    match HeapPart::for_class(class, None) {
        Some(h) => PyObject::with_class(payload, h),
        None => PyObject::new(payload),
    }
}

/// A new instance of a native type that extends a built-in layout: the built-in `payload`
/// with the type's own value beside it.
pub fn new_extended(class: &ObjRef, payload: Payload, data: impl NativeData) -> ObjRef {
    match HeapPart::for_class(class, Some(Box::new(data))) {
        Some(h) => PyObject::with_class(payload, h),
        None => PyObject::new(payload),
    }
}

/// The Rust value of a native instance, if it is a `D`.
pub fn data<D: NativeData>(obj: &ObjRef) -> Option<&D> {
    obj.native()?.as_any().downcast_ref::<D>()
}

/// `object_repr`: `<MODULE.NAME object at ADDR>`.
pub fn default_repr(class: &ObjRef, obj: &ObjRef) -> Vec<u8> {
    let name = class.as_type().map(|t| t.name.clone()).unwrap_or_default();
    format!("<{name} object at {:#x}>", address(obj)).into_bytes()
}

/// A native type: `tp_name` (`MODULE.NAME`), its methods as descriptors, and `__new__`,
/// which makes an instance with `new` (`tp_new`).
pub fn new_native_type(
    vm: &mut Vm,
    name: &str,
    base: &ObjRef,
    methods: &'static [MethodDef],
    new: &'static MethodDef,
) -> PyResult<ObjRef> {
    let slots = NativeTypeSlots {
        new,
        base_type: false,
    };
    make_native_type(vm, name, base, methods, slots)
}

/// A native type Python classes may derive from (`Py_TPFLAGS_BASETYPE`).
pub fn new_base_native_type(
    vm: &mut Vm,
    name: &str,
    base: &ObjRef,
    methods: &'static [MethodDef],
    new: &'static MethodDef,
) -> PyResult<ObjRef> {
    let slots = NativeTypeSlots {
        new,
        base_type: true,
    };
    make_native_type(vm, name, base, methods, slots)
}

fn make_native_type(
    vm: &mut Vm,
    name: &str,
    base: &ObjRef,
    methods: &'static [MethodDef],
    slots: NativeTypeSlots,
) -> PyResult<ObjRef> {
    let ty = crate::runtime::types::new_type_with(name, Some(base), Some(slots));
    crate::builtins::add_methods(vm, &ty, methods)?;
    let wrapper = PyObject::new(Payload::Builtin(BuiltinFunction {
        def: &NEW_WRAPPER,
        self_obj: Some(ty.clone()),
    }));
    if let Some(t) = ty.as_type() {
        vm.dict_set(
            &t.dict,
            new_str_from("__new__"),
            PyObject::new(Payload::StaticMethod(wrapper)),
        )?;
    }
    Ok(ty)
}

static NEW_WRAPPER: MethodDef = def!("__new__", Keywords, new_wrapper);

/// `tp_new_wrapper`: `T.__new__(S, *args)` checks `S` and runs the `tp_new` of its native
/// base with `S` as the type to make.
fn new_wrapper(vm: &mut Vm, owner: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(owner) = owner else {
        return Err(vm.system_error("__new__ without its type"));
    };
    let Some((subtype, rest)) = a.pos.split_first() else {
        let name = owner.as_type().map(|t| t.short_name()).unwrap_or("?");
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    let solid = vm.check_new_subtype(owner, subtype)?;
    let Some(slots) = solid.as_type().and_then(|t| t.native) else {
        return Err(vm.system_error("__new__ of a type without tp_new"));
    };
    (slots.new.func)(
        vm,
        Some(subtype),
        Args {
            pos: rest,
            kw: a.kw,
        },
    )
}
