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

/// One type of the module: the attribute that holds it, its `tp_name` after `itertools.`,
/// its constructor and its methods besides `next`. The methods are the table static itself,
/// read when the type is made, so their entries are the very ones `is_class_method` knows.
struct TypeDef {
    attribute: &'static str,
    tp_name: &'static str,
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

/// A type whose module attribute is its name and that has no methods but `next`.
macro_rules! plain {
    ($name:literal, $new:path) => {
        TypeDef {
            attribute: $name,
            tp_name: $name,
            new: constructor($new),
            methods: &NO_METHODS,
        }
    };
}

/// The module's types, in its init's order. The types its iterators hand out (`tee`'s
/// copies, `groupby`'s groups) are held under a leading underscore.
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
        attribute: "chain",
        tp_name: "chain",
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
        attribute: "_tee",
        tp_name: "tee",
        new: constructor(grouping::tee_new),
        methods: &NO_METHODS,
    },
    plain!("_grouper", grouping::grouper_new),
];

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    for t in TYPES {
        let ty = new_native_type(
            vm,
            &format!("itertools.{}", t.tp_name),
            &object,
            ITERATOR_METHODS,
            &t.new,
        )?;
        crate::builtins::add_methods(vm, &ty, t.methods)?;
        vm.dict_set(dict, new_str_from(t.attribute), ty)?;
    }
    Ok(())
}

/// The methods every iterator type has.
static ITERATOR_METHODS: &[MethodDef] = &[def!("next", WrapperNoArgs, iterator_next)];

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

/// An attribute of the imported `itertools` module (the types its functions instantiate).
fn module_attribute(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let modules = vm.modules.clone();
    match vm.dict_get(&modules, &new_str_from("itertools"))? {
        Some(m) => vm.getattr(&m, &new_str_from(name)),
        None => Err(vm.system_error("itertools is not in sys.modules")),
    }
}

/// Lets go of references as `Py_DECREF` does in the middle of a step: if they were the
/// last, the finalizers (`__del__`, a generator's close) run now, before the step goes on.
fn release<T>(vm: &mut Vm, references: T) {
    drop(references);
    vm.run_finalizers();
}
