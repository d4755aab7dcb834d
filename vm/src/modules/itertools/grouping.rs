//! The `itertools` iterators that split their input: `tee`'s copies and `groupby` with its
//! `_grouper`s.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{module_type, release, the_type};
use crate::builtins::functions::args::{parse_keywords, ssize_arg, unpack};
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{new_native, NativeData};
use crate::objects::{self, new_str_from, new_tuple, Args, MethodDef, ObjRef};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

// ----- tee --------------------------------------------------------------------------------

/// `LINKCELLS`: how many items one block of a tee's buffer holds.
const LINK_CELLS: usize = 57;

/// `teedataobject`: one block of the items read from the shared iterator, linked to the
/// next block once a copy has read past this one. A block, and the items in it, lives as
/// long as a copy is still in it (or in an earlier one).
struct TeeData {
    it: ObjRef,
    values: RefCell<Vec<ObjRef>>,
    /// A read of the shared iterator is under way (`running`).
    reading: Cell<bool>,
    next: RefCell<Option<Rc<TeeData>>>,
}

impl TeeData {
    fn new(it: ObjRef) -> Rc<TeeData> {
        Rc::new(TeeData {
            it,
            values: RefCell::new(Vec::new()),
            reading: Cell::new(false),
            next: RefCell::new(None),
        })
    }

    /// `teedataobject_jumplink`.
    fn next_block(&self) -> Rc<TeeData> {
        self.next
            .borrow_mut()
            .get_or_insert_with(|| TeeData::new(self.it.clone()))
            .clone()
    }

    /// `teedataobject_getitem`: item `i` of this block, read from the iterator by the copy
    /// that is ahead of the others.
    fn item(&self, vm: &mut Vm, i: usize) -> PyResult<Option<ObjRef>> {
        if let Some(value) = self.values.borrow().get(i) {
            return Ok(Some(value.clone()));
        }
        if self.reading.get() {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        }
        self.reading.set(true);
        let value = vm.iter_next(&self.it);
        self.reading.set(false);
        let value = value?;
        if let Some(v) = &value {
            self.values.borrow_mut().push(v.clone());
        }
        Ok(value)
    }
}

/// `teedataobject_safe_decref`: a long chain of blocks is freed one after another, not by
/// recursion.
impl Drop for TeeData {
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(block) = next {
            next = match Rc::try_unwrap(block) {
                Ok(mut only) => only.next.get_mut().take(),
                Err(_) => None,
            };
        }
    }
}

/// One of `tee`'s iterators: the block it is in and its place there.
struct Tee {
    data: RefCell<Rc<TeeData>>,
    index: Cell<usize>,
}

pub(super) static TEE_FUNCTIONS: &[MethodDef] = &[def!("tee", VarArgs, tee)];

pub(super) static TEE_METHODS: &[MethodDef] = &[def!("__copy__", NoArgs, tee_copy)];

/// `tee(iterable, n=2)`: `n` independent iterators over the same items. The first is the
/// iterable's iterator itself when that has a `__copy__`, else a new tee object; the others
/// are copies made with `__copy__`.
fn tee(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let given = a.pos.len();
    if !(1..=2).contains(&given) {
        let (how, count) = if given < 1 { ("least", 1) } else { ("most", 2) };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "function takes at {how} {count} argument{s} ({given} given)"
        )));
    }
    let n = match a.pos.get(1) {
        Some(n) => ssize_arg(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    vm.check_alloc(n as u128 * 64)?;
    let it = vm.get_iter(&a.pos[0])?;
    let mut copyable = if vm.hasattr(&it, "__copy__")? {
        it
    } else {
        tee_from_iterable(vm, &it)?
    };
    let mut copies = vec![copyable.clone()];
    for _ in 1..n {
        let method = vm.getattr(&copyable, &new_str_from("__copy__"))?;
        copyable = vm.call_object(&method, &[], &[])?;
        copies.push(copyable.clone());
    }
    Ok(new_tuple(copies))
}

/// `tee_fromiterable`: a copy of a tee, or a new tee object reading the iterable.
fn tee_from_iterable(vm: &mut Vm, iterable: &ObjRef) -> PyResult<ObjRef> {
    let it = vm.get_iter(iterable)?;
    if let Some(tee) = crate::objects::native::data::<Tee>(&it) {
        return tee.copy(vm);
    }
    let ty = module_type(vm, "tee")?;
    Ok(new_native(
        &ty,
        Tee {
            data: RefCell::new(TeeData::new(it)),
            index: Cell::new(0),
        },
    ))
}

/// `itertools.tee(iterable)`.
pub(super) fn tee_new(vm: &mut Vm, _ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &Args::positional(a.pos), "tee", 1, 1)?;
    tee_from_iterable(vm, &args[0])
}

/// `t.__copy__()`: an independent iterator at the same place.
fn tee_copy(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    match me.and_then(crate::objects::native::data::<Tee>) {
        Some(tee) => tee.copy(vm),
        None => Err(vm.type_error("__copy__ needs a tee object")),
    }
}

impl Tee {
    /// `tee_copy`.
    fn copy(&self, vm: &mut Vm) -> PyResult<ObjRef> {
        let ty = module_type(vm, "tee")?;
        Ok(new_native(
            &ty,
            Tee {
                data: RefCell::new(self.data.borrow().clone()),
                index: Cell::new(self.index.get()),
            },
        ))
    }

    /// `tee_next`: on to the next block at the end of this one.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.index.get() >= LINK_CELLS {
            let next = self.data.borrow().next_block();
            let old = self.data.replace(next);
            self.index.set(0);
            release(vm, old);
        }
        let data = self.data.borrow().clone();
        let value = data.item(vm, self.index.get())?;
        if value.is_some() {
            self.index.set(self.index.get() + 1);
        }
        Ok(value)
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
        let grouper_type = module_type(vm, "_grouper")?;
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
