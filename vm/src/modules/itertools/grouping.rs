//! The `itertools` iterators that split their input: `tee`'s copies and `groupby` with its
//! `_grouper`s.

use std::cell::{Cell, RefCell};

use super::{module_attribute, the_type};
use crate::builtins::functions::args::{parse_keywords, ssize_arg, unpack};
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{new_native, NativeData};
use crate::objects::{self, new_tuple, Args, MethodDef, ObjRef};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

// ----- tee --------------------------------------------------------------------------------

/// The iterator and the items read from it, shared by the copies `tee` makes.
struct TeeSource {
    it: ObjRef,
    buffer: RefCell<Vec<ObjRef>>,
}

struct Tee {
    source: std::rc::Rc<TeeSource>,
    index: Cell<usize>,
}

pub(super) static TEE_FUNCTIONS: &[MethodDef] = &[def!("tee", VarArgs, tee)];

/// `tee(iterable, n=2)`: `n` independent iterators over the same items.
fn tee(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "tee", 1, 2)?;
    let n = match args.get(1) {
        Some(n) => ssize_arg(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    vm.check_alloc(n as u128 * 64)?;
    let it = vm.get_iter(&args[0])?;
    let source = std::rc::Rc::new(TeeSource {
        it,
        buffer: RefCell::new(Vec::new()),
    });
    let ty = module_attribute(vm, "_tee")?;
    let copies = (0..n)
        .map(|_| {
            new_native(
                &ty,
                Tee {
                    source: source.clone(),
                    index: Cell::new(0),
                },
            )
        })
        .collect();
    Ok(new_tuple(copies))
}

pub(super) fn tee_new(vm: &mut Vm, _ty: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot create 'itertools._tee' instances"))
}

impl Tee {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let i = self.index.get();
        let buffered = self.source.buffer.borrow().get(i).cloned();
        let item = match buffered {
            Some(item) => item,
            None => match vm.iter_next(&self.source.it)? {
                Some(item) => {
                    self.source.buffer.borrow_mut().push(item.clone());
                    item
                }
                None => return Ok(None),
            },
        };
        self.index.set(i + 1);
        Ok(Some(item))
    }
    default_repr!();
}

iterator!(Tee);

// ----- groupby ----------------------------------------------------------------------------

/// `groupby(iterable[, key])`: the current key and value read ahead, and the key of the
/// group last handed out (`tgtkey`), shared with that group's `_grouper`.
struct GroupBy {
    it: ObjRef,
    keyfunc: ObjRef,
    tgtkey: RefCell<Option<ObjRef>>,
    currkey: RefCell<Option<ObjRef>>,
    currvalue: RefCell<Option<ObjRef>>,
}

pub(super) fn groupby_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse_keywords(vm, &a, "groupby", &["iterable", "key"], 1)?;
    let Some(iterable) = args[0].clone() else {
        return Err(vm.system_error("groupby() lost its iterable"));
    };
    let it = vm.get_iter(&iterable)?;
    Ok(new_native(
        the_type(vm, ty)?,
        GroupBy {
            it,
            keyfunc: args[1].clone().unwrap_or_else(objects::none),
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
        },
    ))
}

impl GroupBy {
    /// Reads the next value and its key into `currvalue`/`currkey`; false at the end.
    fn advance(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(value) = vm.iter_next(&self.it)? else {
            return Ok(false);
        };
        let key = if self.keyfunc.is_none() {
            value.clone()
        } else {
            vm.call_object(&self.keyfunc, std::slice::from_ref(&value), &[])?
        };
        let old_key = self.currkey.replace(Some(key));
        let old_value = self.currvalue.replace(Some(value));
        drop((old_key, old_value));
        Ok(true)
    }

    /// `groupby_next`: skips the rest of the current group, then hands out the next one.
    fn next_group(&self, vm: &mut Vm, me: &ObjRef) -> PyResult<Option<ObjRef>> {
        loop {
            let current = self.currkey.borrow().clone();
            let target = self.tgtkey.borrow().clone();
            match (current, target) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(current), Some(target)) => {
                    if !vm.rich_compare_bool(&target, &current, CompareOp::Eq)? {
                        break;
                    }
                }
            }
            if !self.advance(vm)? {
                return Ok(None);
            }
        }
        let key = self.currkey.borrow().clone().unwrap_or_else(objects::none);
        let old = self.tgtkey.replace(Some(key.clone()));
        drop(old);
        let grouper_type = module_attribute(vm, "_grouper")?;
        let grouper = new_native(
            &grouper_type,
            Grouper {
                parent: me.clone(),
                tgtkey: key.clone(),
            },
        );
        Ok(Some(new_tuple(vec![key, grouper])))
    }
}

impl NativeData for GroupBy {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, me: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
        Some(self.next_group(vm, me))
    }
}

/// One group of a `groupby`: the values while the parent's current key equals its key.
struct Grouper {
    parent: ObjRef,
    tgtkey: ObjRef,
}

pub(super) fn grouper_new(vm: &mut Vm, _ty: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

impl Grouper {
    /// `_grouper_next`.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(parent) = crate::objects::native::data::<GroupBy>(&self.parent) else {
            return Ok(None);
        };
        if parent.currvalue.borrow().is_none() && !parent.advance(vm)? {
            return Ok(None);
        }
        let current = parent
            .currkey
            .borrow()
            .clone()
            .unwrap_or_else(objects::none);
        if !vm.rich_compare_bool(&self.tgtkey, &current, CompareOp::Eq)? {
            return Ok(None);
        }
        let value = parent.currvalue.take();
        let key = parent.currkey.take();
        drop(key);
        Ok(value)
    }
    default_repr!();
}

iterator!(Grouper);
