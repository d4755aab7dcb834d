//! The dicts of the built-in types, filled as CPython's `PyType_Ready` fills them: slot
//! wrappers, method and class-method descriptors, member and getset descriptors, `__new__`,
//! the doc string, and `None` for an unhashable type's `__hash__`. Which entries a type has,
//! and the order that reproduces CPython's table layout, is data (`type_dict_data.rs`,
//! generated from the reference). Each entry reuses the VM's own implementation: the one the
//! type's method tables installed under that name, else the one its bases did (which served
//! the type before it had its own entry), else the generic slot wrapper of that name; the
//! rest are stand-ins that fault, naming the method, when called.

use super::type_dict_data::TYPE_DICTS;
use crate::error::PyResult;
use crate::objects::getset::PyGetSet;
use crate::objects::{
    self, new_str, new_str_from, DictTable, MethodDef, ObjRef, Payload, PyObject,
};
use crate::runtime::Vm;

/// What a type-dict entry is, as `PyType_Ready` made it. The `MethodDef`s are stand-ins,
/// used only when the VM has no implementation under that name.
pub enum Kind {
    /// `wrapper_descriptor` from `add_operators` (`<slot wrapper '__add__' of 'int' objects>`).
    Wrapper(&'static MethodDef),
    /// `method_descriptor` from `tp_methods`.
    Method(&'static MethodDef),
    /// `classmethod_descriptor` from `tp_methods` (`METH_CLASS`).
    ClassMethod(&'static MethodDef),
    /// `member_descriptor` from `tp_members`.
    Member,
    /// `getset_descriptor` from `tp_getset`.
    GetSet,
    /// `tp_new`'s wrapper, a built-in method bound to the type.
    New,
    /// `__hash__ = None` (`PyObject_HashNotImplemented`) or a `None` doc.
    NoneValue,
    /// `tp_doc`.
    Doc(&'static [u8]),
}

/// One built-in type's dict: its table size and its entries in insertion order.
pub struct TypeDict {
    pub name: &'static str,
    pub slots: usize,
    pub entries: &'static [(&'static str, Kind)],
}

/// Whether the data gives this type's dict (its slot wrappers are then `WrapperDescr`s).
pub fn describes(tp_name: &str) -> bool {
    TYPE_DICTS.iter().any(|s| s.name == tp_name)
}

/// A `MethodDef` for a built-in method the VM does not implement: calling it is a fault
/// that names it.
#[macro_export]
macro_rules! stand_in {
    ($owner:literal, $name:literal) => {
        &$crate::objects::MethodDef {
            name: $name,
            conv: $crate::objects::CallConv::VarArgs,
            func: |_, _, _| {
                Err($crate::error::PyErr::unsupported(concat!(
                    "the built-in method ",
                    $owner,
                    ".",
                    $name
                )))
            },
        }
    };
}

/// Rebuilds the dict of every built-in type the data describes, keeping the dict object.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let types = builtin_types(vm);
    // The dicts as the method tables left them, read before any is rebuilt.
    let tables: Vec<(ObjRef, ObjRef)> = types
        .iter()
        .filter_map(|ty| {
            let dict = ty.as_type()?.dict.as_dict()?.borrow().clone();
            Some((ty.clone(), objects::new_dict(dict)))
        })
        .collect();
    for ty in types {
        let Some(t) = ty.as_type() else { continue };
        let Some(spec) = TYPE_DICTS.iter().find(|s| s.name == t.name) else {
            continue;
        };
        let mro = t.mro.borrow().clone();
        let fresh = objects::new_dict(DictTable::presized(spec.slots.saturating_sub(1)));
        for (name, kind) in spec.entries {
            let key = new_str_from(name);
            let implemented = implementation(vm, &tables, &mro, &key)?;
            let value = entry(&ty, name, kind, implemented);
            vm.dict_set(&fresh, key, value)?;
        }
        if let (Some(target), Some(table)) = (t.dict.as_dict(), fresh.as_dict()) {
            *target.borrow_mut() = table.borrow().clone();
        }
    }
    Ok(())
}

/// The VM's native method `name` as the type's MRO resolved it from the method tables.
fn implementation(
    vm: &mut Vm,
    tables: &[(ObjRef, ObjRef)],
    mro: &[ObjRef],
    key: &ObjRef,
) -> PyResult<Option<&'static MethodDef>> {
    for class in mro {
        let Some((_, dict)) = tables.iter().find(|(t, _)| objects::is(t, class)) else {
            continue;
        };
        if let Some(found) = vm.dict_get(dict, key)? {
            return Ok(match &found.payload {
                Payload::MethodDescr(def, _) | Payload::WrapperDescr(def, _) => Some(*def),
                _ => None,
            });
        }
    }
    Ok(None)
}

/// The value of one entry: the VM's implementation under that name when there is one.
fn entry(ty: &ObjRef, name: &str, kind: &Kind, implemented: Option<&'static MethodDef>) -> ObjRef {
    let descr = |p: Payload| PyObject::new(p);
    match kind {
        Kind::Wrapper(stand_in) => descr(Payload::WrapperDescr(
            implemented
                .or_else(|| super::slot_wrappers::by_name(name))
                .unwrap_or(stand_in),
            ty.clone(),
        )),
        Kind::Method(stand_in) | Kind::ClassMethod(stand_in) => descr(Payload::MethodDescr(
            implemented.unwrap_or(stand_in),
            ty.clone(),
        )),
        Kind::New => super::object_methods::new_entry(ty),
        Kind::Member | Kind::GetSet => descr(Payload::GetSet(PyGetSet {
            name: new_str_from(name),
            owner: ty.clone(),
            member: matches!(kind, Kind::Member),
        })),
        Kind::NoneValue => objects::none(),
        Kind::Doc(text) => new_str(text.to_vec()),
    }
}

/// The VM's built-in type objects that may have an entry in the data.
fn builtin_types(vm: &Vm) -> Vec<ObjRef> {
    let t = &vm.types;
    let mut all = vec![
        t.object.clone(),
        t.type_.clone(),
        t.none.clone(),
        t.not_implemented.clone(),
        t.ellipsis.clone(),
        t.int.clone(),
        t.bool_.clone(),
        t.long.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.basestring.clone(),
        t.str_.clone(),
        t.unicode.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.code.clone(),
        t.function.clone(),
        t.builtin_function.clone(),
        t.method_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.classmethod_descriptor.clone(),
        t.instancemethod.clone(),
        t.cell.clone(),
        t.module.clone(),
        t.traceback.clone(),
        t.frame.clone(),
        t.slice.clone(),
        t.xrange.clone(),
        t.file.clone(),
        t.method_wrapper.clone(),
        t.enumerate.clone(),
        t.reversed.clone(),
        t.classobj.clone(),
        t.instance.clone(),
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.super_.clone(),
        t.member_descriptor.clone(),
        t.getset_descriptor.clone(),
        t.dictproxy.clone(),
        t.generator.clone(),
    ];
    all.extend(t.exc.all().into_iter().map(|(_, ty)| ty));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table is a power of two and stays below CPython's resize threshold, so the
    /// entries are placed without a resize, as the data's order assumes.
    #[test]
    fn tables_fit_without_resizing() {
        for spec in TYPE_DICTS {
            assert!(spec.slots.is_power_of_two(), "{}", spec.name);
            assert_eq!(
                DictTable::slots_for(spec.slots - 1),
                spec.slots,
                "{}",
                spec.name
            );
            assert!(spec.entries.len() * 3 < spec.slots * 2, "{}", spec.name);
        }
    }
}
