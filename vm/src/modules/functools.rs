//! `_functools` (Modules/_functoolsmodule.c): `reduce` and `partial`. The `functools` module
//! programs import is CPython's own `functools.py`, which takes these from here.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{new_native, new_native_type, NativeData};
use crate::objects::{self, new_str_from, new_tuple, Args, MethodDef, ObjRef};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_functools",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: Some(init),
};

static FUNCTIONS: &[MethodDef] = &[def!("reduce", VarArgs, reduce)];

/// `functools_reduce`: folds the iterable from the left, calling the function with a fresh
/// argument pair each time.
pub fn reduce(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "reduce", 2, 3)?;
    let it = vm.get_iter(&a[1]).map_err(|e| {
        if vm.exception_matches(&e, &vm.types.exc.type_error) {
            vm.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.get(2).cloned();
    while let Some(item) = vm.iter_next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(prev) => vm.call_object(&a[0], &[prev, item], &[])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty sequence with no initial value"))
}

/// `functools.partial`: a callable with some arguments already given.
struct Partial {
    func: ObjRef,
    /// A tuple.
    args: ObjRef,
    /// A dict.
    keywords: ObjRef,
}

static PARTIAL_NEW: MethodDef = def!("__new__", Keywords, partial_new);

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    let partial = new_native_type(vm, "functools.partial", &object, &[], &PARTIAL_NEW)?;
    vm.dict_set(dict, new_str_from("partial"), partial)
}

/// `partial_new`: the callable first, then the frozen positional and keyword arguments.
fn partial_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(ty) = ty else {
        return Err(vm.system_error("partial.__new__ without its type"));
    };
    let Some(func) = a.pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let keywords = objects::new_dict(Default::default());
    for (k, v) in a.kw {
        vm.dict_set(&keywords, k.clone(), v.clone())?;
    }
    Ok(new_native(
        ty,
        Partial {
            func: func.clone(),
            args: new_tuple(a.pos[1..].to_vec()),
            keywords,
        },
    ))
}

impl NativeData for Partial {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn call_slot(&self) -> bool {
        true
    }

    /// `partial_call`: the frozen arguments first, the frozen keywords updated by the
    /// call's.
    fn call(
        &self,
        vm: &mut Vm,
        _me: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> Option<PyResult<ObjRef>> {
        let mut all_args = self.args.as_tuple().unwrap_or_default().to_vec();
        all_args.extend_from_slice(args);
        let mut all_kw: Vec<(ObjRef, ObjRef)> = match self.keywords.as_dict() {
            Some(d) => d
                .borrow()
                .entries()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => Vec::new(),
        };
        for (k, v) in kw {
            match all_kw
                .iter_mut()
                .find(|(key, _)| key.as_str_bytes() == k.as_str_bytes())
            {
                Some(slot) => slot.1 = v.clone(),
                None => all_kw.push((k.clone(), v.clone())),
            }
        }
        let func = self.func.clone();
        Some(vm.call_object(&func, &all_args, &all_kw))
    }

    fn member(&self, name: &[u8]) -> Option<ObjRef> {
        match name {
            b"func" => Some(self.func.clone()),
            b"args" => Some(self.args.clone()),
            b"keywords" => Some(self.keywords.clone()),
            _ => None,
        }
    }
}
