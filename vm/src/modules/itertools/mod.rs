//! `itertools` (Modules/itertoolsmodule.c): its lazy iterator types, one concern per file —
//! the endless ones (`infinite`), those drawing on several iterables or calling a function
//! per item (`joining`), those passing some items through (`filtering`), those splitting
//! their input (`grouping`) and the combinatoric ones (`combinatorics`). Each type is a Rust
//! struct with a `step` (its `tp_iternext`) registered in `TYPES`; each keeps its state in
//! cells and releases it before calling back into Python code, so a callback may use the
//! iterator again.

use super::{ModuleDef, Origin};
use crate::def;
use crate::error::PyResult;
use crate::objects::native::new_native_type;
use crate::objects::{new_str_from, Args, CallConv, MethodDef, NativeFn, ObjRef};
use crate::runtime::Vm;

/// Implements the boilerplate of an iterator type's slots around its `step` and `describe`.
macro_rules! iterator {
    ($t:ty) => {
        impl $crate::objects::native::NativeData for $t {
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn is_iterator(&self) -> bool {
                true
            }
            fn next(
                &self,
                vm: &mut $crate::runtime::Vm,
                _me: &$crate::objects::ObjRef,
            ) -> Option<$crate::error::PyResult<Option<$crate::objects::ObjRef>>> {
                Some(self.step(vm))
            }
            fn repr(
                &self,
                vm: &mut $crate::runtime::Vm,
                me: &$crate::objects::ObjRef,
            ) -> Option<$crate::error::PyResult<Vec<u8>>> {
                self.describe(vm, me)
            }
        }
    };
}

/// The default `<itertools.NAME object at ADDR>` repr.
macro_rules! default_repr {
    () => {
        fn describe(
            &self,
            _vm: &mut $crate::runtime::Vm,
            _me: &$crate::objects::ObjRef,
        ) -> Option<$crate::error::PyResult<Vec<u8>>> {
            None
        }
    };
}

mod combinatorics;
mod filtering;
mod grouping;
mod infinite;
mod joining;

pub use joining::CHAIN_CLASS_METHODS;

pub static MODULE: ModuleDef = ModuleDef {
    name: "itertools",
    origin: Origin::Extension,
    functions: grouping::TEE_FUNCTIONS,
    init: Some(init),
};

/// One type of the module: its `tp_name` after `itertools.`, whether the module holds it
/// as an attribute of that name, its constructor and its methods besides `next`. The methods
/// are the table static itself, read when the type is made, so their entries are the very
/// ones `is_class_method` knows.
struct TypeDef {
    name: &'static str,
    public: bool,
    new: MethodDef,
    methods: &'static &'static [MethodDef],
}

static NO_METHODS: &[MethodDef] = &[];

/// A type's `__new__`, taking keywords.
const fn constructor(func: NativeFn) -> MethodDef {
    MethodDef {
        name: "__new__",
        conv: CallConv::Keywords,
        func,
    }
}

/// A module attribute that has no methods but `next`.
macro_rules! plain {
    ($name:literal, $new:path) => {
        TypeDef {
            name: $name,
            public: true,
            new: constructor($new),
            methods: &NO_METHODS,
        }
    };
}

/// The module's types, in its init's order; last, those only its iterators hand out
/// (`tee`'s copies, `groupby`'s groups).
static TYPES: &[TypeDef] = &[
    plain!("combinations", combinatorics::combinations_new),
    plain!(
        "combinations_with_replacement",
        combinatorics::combinations_with_replacement_new
    ),
    plain!("cycle", infinite::cycle_new),
    plain!("dropwhile", filtering::dropwhile_new),
    plain!("takewhile", filtering::takewhile_new),
    plain!("islice", filtering::islice_new),
    plain!("starmap", joining::starmap_new),
    plain!("imap", joining::imap_new),
    TypeDef {
        name: "chain",
        public: true,
        new: constructor(joining::chain_new),
        methods: &CHAIN_CLASS_METHODS,
    },
    plain!("compress", filtering::compress_new),
    plain!("ifilter", filtering::ifilter_new),
    plain!("ifilterfalse", filtering::ifilterfalse_new),
    plain!("count", infinite::count_new),
    plain!("izip", joining::izip_new),
    plain!("izip_longest", joining::izip_longest_new),
    plain!("permutations", combinatorics::permutations_new),
    plain!("product", combinatorics::product_new),
    plain!("repeat", infinite::repeat_new),
    plain!("groupby", grouping::groupby_new),
    TypeDef {
        name: "tee",
        public: false,
        new: constructor(grouping::tee_new),
        methods: &grouping::TEE_METHODS,
    },
    TypeDef {
        name: "_grouper",
        public: false,
        new: constructor(grouping::grouper_new),
        methods: &NO_METHODS,
    },
];

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    for t in TYPES {
        let ty = module_type(vm, t.name)?;
        if t.public {
            vm.dict_set(dict, new_str_from(t.name), ty)?;
        }
    }
    Ok(())
}

/// The module's type of that name, made the first time it is asked for.
fn module_type(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let Some(t) = TYPES.iter().find(|t| t.name == name) else {
        return Err(vm.system_error(format!("itertools has no type {name}")));
    };
    let tp_name = format!("itertools.{}", t.name);
    let known = vm.import.native_types.iter().find(|(n, _)| *n == tp_name);
    if let Some((_, ty)) = known {
        return Ok(ty.clone());
    }
    let object = vm.types.object.clone();
    let ty = new_native_type(vm, &tp_name, &object, ITERATOR_METHODS, &t.new)?;
    crate::builtins::add_methods(vm, &ty, t.methods)?;
    vm.import.native_types.push((tp_name, ty.clone()));
    Ok(ty)
}

/// The methods every iterator type has (the slot wrappers of `tp_iter` and `tp_iternext`).
static ITERATOR_METHODS: &[MethodDef] = &[
    def!("__iter__", WrapperNoArgs, iterator_iter),
    def!("next", WrapperNoArgs, iterator_next),
];

/// `it.__iter__()`: the iterator itself.
fn iterator_iter(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    me.cloned()
        .ok_or_else(|| vm.system_error("__iter__() without its iterator"))
}

/// `it.next()`: the next item, or StopIteration.
fn iterator_next(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let Some(me) = me else {
        return Err(vm.system_error("next() without its iterator"));
    };
    match vm.iter_next(me)? {
        Some(item) => Ok(item),
        None => Err(vm.stop_iteration()),
    }
}

/// The type a constructor (or class method) was called for.
fn the_type<'a>(vm: &Vm, ty: Option<&'a ObjRef>) -> PyResult<&'a ObjRef> {
    ty.ok_or_else(|| vm.system_error("__new__ without its type"))
}

/// `_PyArg_NoKeywords`: `NAME does not take keyword arguments`.
fn no_keywords(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() does not take keyword arguments")))
    }
}

/// Lets go of references as `Py_DECREF` does in the middle of a step: if they were the
/// last, the finalizers (`__del__`, a generator's close) run now, before the step goes on.
fn release<T>(vm: &mut Vm, references: T) {
    drop(references);
    vm.run_finalizers();
}
