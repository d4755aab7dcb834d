//! The methods `object` (and through it every class) offers to Python code: `__new__`,
//! `__init__`, `__getattribute__`, `__setattr__`, `__delattr__`. `__new__` and `__init__`
//! act for the built-in type the instance is made of (its first built-in base), so
//! `super(L, self).__init__(xs)` in `class L(list)` fills the list as `list.__init__` would.

use crate::def;
use crate::error::PyResult;
use crate::objects::{is, new_tuple, none, Args, MethodDef, ObjRef, Payload, PyObject};
use crate::runtime::Vm;

use super::sizeof::object_sizeof;

pub static OBJECT_METHODS: &[MethodDef] = &[
    def!("__getattribute__", O, object_getattribute),
    def!("__setattr__", VarArgs, object_setattr),
    def!("__delattr__", O, object_delattr),
    def!("__sizeof__", NoArgs, object_sizeof),
];

/// `__init__`: in the dict of every built-in type that has its own `tp_init` (`object`,
/// `type`, `list`, `dict`, `set`, each exception class), as CPython's slot wrappers are.
pub static INIT: MethodDef = def!("__init__", Keywords, object_init);

/// The names whose built-in descriptors CPython shows as slot wrappers.
pub const SLOT_WRAPPERS: &[&str] = &[
    "__init__",
    "__call__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__setitem__",
    "__delitem__",
    "__len__",
    "__iter__",
    "__repr__",
    "__str__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__add__",
    "__sub__",
    "__mul__",
    "__div__",
    "__floordiv__",
    "__truediv__",
    "__mod__",
    "__neg__",
    "__nonzero__",
];

/// `type.__call__`: instantiation as `type_call` does it (a metaclass's `__call__` may
/// delegate to it).
pub static TYPE_METHODS: &[MethodDef] = &[def!("__call__", Keywords, type_call)];

fn type_call(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(cls) = this.cloned() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    vm.type_call(&cls, a.pos, a.kw)
}

/// `__new__` is a static method of `object` (called with the class first).
pub static OBJECT_NEW: MethodDef = def!("__new__", Keywords, object_new);

/// The `object.__new__` entry of `object`'s dict.
pub fn new_entry(object_type: &ObjRef) -> ObjRef {
    let f = PyObject::new(Payload::Builtin(crate::objects::BuiltinFunction {
        def: &OBJECT_NEW,
        self_obj: Some(object_type.clone()),
    }));
    PyObject::new(Payload::StaticMethod(f))
}

fn object_new(vm: &mut Vm, owner: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let owner = owner.cloned().unwrap_or_else(|| vm.types.object.clone());
    let Some((subtype, rest)) = a.pos.split_first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    vm.builtin_new(&owner, subtype, rest, a.kw)
}

/// `tp_init` of the instance's built-in base: `list`, `dict` and `set` fill themselves,
/// exceptions keep their arguments, `object_init` refuses arguments it cannot use.
fn object_init(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(this) = this.cloned() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    let ty = vm.type_of(&this);
    let solid = vm.builtin_base(&ty);
    let t = &vm.types;
    if is(&solid, &t.object) {
        if !a.pos.is_empty() || !a.kw.is_empty() {
            let init_is_object = vm
                .defining_class(&ty, "__init__")?
                .is_some_and(|c| is(&c, &vm.types.object));
            let new_is_object = vm
                .defining_class(&ty, "__new__")?
                .is_some_and(|c| is(&c, &vm.types.object));
            if !init_is_object || new_is_object {
                return Err(vm.type_error("object.__init__() takes no parameters"));
            }
        }
    } else if is(&solid, &t.list) || is(&solid, &t.set) {
        let name = if is(&solid, &t.list) { "list" } else { "set" };
        let b = super::functions::bind_keywords(vm, &a, name, &["sequence"])?;
        let items = match &b[0] {
            Some(seq) => vm.collect_iterable(seq)?,
            None => Vec::new(),
        };
        match &this.payload {
            Payload::List(l) => *l.borrow_mut() = items,
            Payload::Set(_) => {
                for item in items {
                    vm.set_add(&this, item)?;
                }
            }
            _ => {}
        }
    } else if is(&solid, &t.dict) {
        let update = vm.getattr(&this, &crate::objects::new_str_from("update"))?;
        vm.call_object(&update, a.pos, a.kw)?;
    } else if vm.is_subclass(&solid, &vm.types.exc.base_exception.clone()) {
        if let Payload::Exception(e) = &this.payload {
            *e.args.borrow_mut() = new_tuple(a.pos.to_vec());
            *e.message.borrow_mut() = match a.pos {
                [one] => one.clone(),
                _ => crate::objects::new_str(Vec::new()),
            };
        }
    }
    Ok(none())
}

fn object_getattribute(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let this = this.cloned().unwrap_or_else(none);
    vm.generic_getattr(&this, &a.pos[0])
}

fn object_setattr(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let this = this.cloned().unwrap_or_else(none);
    let [name, value] = a.pos else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", a.pos.len())));
    };
    vm.generic_setattr(&this, name, Some(value.clone()))?;
    Ok(none())
}

fn object_delattr(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let this = this.cloned().unwrap_or_else(none);
    vm.generic_setattr(&this, &a.pos[0], None)?;
    Ok(none())
}
