//! Dict and set access with CPython's hashing and key equality. Keys of the built-in
//! immutable types compare without running Python code; any other pair of keys with equal
//! hashes compares with a Python-level `==`, run with the table released, and the lookup
//! starts over if that comparison reallocated the table or replaced the key, as `lookdict`
//! and `set_lookkey` do.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::objects::dict::{DictTable, KeyEq, Probe, ProbeCursor, Step};
use crate::objects::hash::{eq_immutable, hash_immutable, hash_pointer};
use crate::objects::set::SetTable;
use crate::objects::{address, ObjRef, Payload};
use crate::protocols::compare::CompareOp;
use crate::protocols::slots::is_user;
use crate::runtime::Vm;

/// Equality of two keys when no Python code is needed to tell.
fn builtin_key_eq(a: &ObjRef, b: &ObjRef) -> KeyEq {
    if is_user(a) || is_user(b) {
        return KeyEq::Undecided;
    }
    match eq_immutable(a, b) {
        Some(true) => KeyEq::Equal,
        Some(false) => KeyEq::Unequal,
        None => KeyEq::Undecided,
    }
}

/// The table a lookup walks: a dict's, a set's or a frozenset's.
enum TableRef<'a> {
    Dict(&'a RefCell<DictTable>),
    Set(&'a RefCell<SetTable>),
    Frozen(&'a SetTable),
}

impl<'a> TableRef<'a> {
    fn of(obj: &'a ObjRef) -> Option<Self> {
        match &obj.payload {
            Payload::Set(t) => Some(TableRef::Set(t)),
            Payload::FrozenSet(t) => Some(TableRef::Frozen(t)),
            _ => obj.as_dict().map(TableRef::Dict),
        }
    }

    /// Runs `f` on the table, borrowed only for that call.
    fn with<R>(&self, f: impl FnOnce(&DictTable) -> R) -> R {
        match self {
            TableRef::Dict(t) => f(&t.borrow()),
            TableRef::Set(t) => f(t.borrow().table()),
            TableRef::Frozen(t) => f(t.table()),
        }
    }
}

/// Is `key` (a `str`) in the dict `d`? For the `__pztrace__` lookup, which must not fail.
pub fn contains_str_key(d: &ObjRef, key: &ObjRef) -> bool {
    let (Some(table), Payload::Str(s)) = (d.as_dict(), &key.payload) else {
        return false;
    };
    matches!(
        table.borrow().lookup(key, s.hash(), &mut eq_immutable),
        Some(Probe::Found(_))
    )
}

impl Vm {
    /// `lookdict` / `set_lookkey` on the table of the dict, set or frozenset `owner`.
    pub(crate) fn find_key(&mut self, owner: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<Probe> {
        let Some(table) = TableRef::of(owner) else {
            return Err(self.system_error("bad internal call: not a dict or set"));
        };
        let mut cursor = ProbeCursor::default();
        loop {
            let idx = match table.with(|t| t.probe(key, hash, &mut cursor, &mut builtin_key_eq)) {
                Step::Done(probe) => return Ok(probe),
                Step::Compare(idx) => idx,
            };
            let (stored, generation) = table.with(|t| {
                let stored = t.entry_at(idx).map(|(k, _)| k.clone());
                (stored, t.generation())
            });
            let Some(stored) = stored else {
                cursor = ProbeCursor::default();
                continue;
            };
            let equal = self.rich_compare_bool(&stored, key, CompareOp::Eq)?;
            let unchanged = table.with(|t| {
                t.generation() == generation
                    && t.entry_at(idx)
                        .is_some_and(|(k, _)| crate::objects::is(k, &stored))
            });
            if !unchanged {
                cursor = ProbeCursor::default();
            } else if equal {
                return Ok(Probe::Found(idx));
            }
        }
    }

    /// `hash(o)`.
    pub fn hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(h) = self.user_hash(obj)? {
                return Ok(h);
            }
        }
        self.builtin_hash(obj)
    }

    /// `hash(o)` by the payload alone.
    pub(crate) fn builtin_hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        if obj.native().is_some_and(|n| !n.hashable()) {
            return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))));
        }
        match &obj.payload {
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            // `slice_hash` raises its own message, without the type's name.
            Payload::Slice(_) => Err(self.type_error("unhashable type")),
            // `structseq_hash`: the hash of its tuple.
            Payload::StructSeq(s) => {
                let tuple = s.to_tuple();
                self.hash(&tuple)
            }
            Payload::Tuple(items) => self.nested(|vm| {
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(vm.hash(item)?);
                }
                Ok(crate::objects::hash::hash_tuple(&hashes))
            }),
            _ => Ok(hash_immutable(obj).unwrap_or_else(|| hash_pointer(address(obj)))),
        }
    }

    pub fn dict_get(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        match self.find_key(d, key, hash)? {
            Probe::Found(i) => Ok(d.as_dict().and_then(|t| t.borrow().value_at(i).cloned())),
            Probe::Vacant(_) => Ok(None),
        }
    }

    pub fn dict_set(&mut self, d: &ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.dict_insert(d, key, hash, value)
    }

    /// `insertdict`: stores `value` under a key whose hash is already known.
    pub(crate) fn dict_insert(
        &mut self,
        d: &ObjRef,
        key: ObjRef,
        hash: i64,
        value: ObjRef,
    ) -> PyResult<()> {
        let probe = self.find_key(d, &key, hash)?;
        let old = d
            .as_dict()
            .and_then(|t| t.borrow_mut().store_at(probe, key, hash, value));
        drop(old);
        Ok(())
    }

    /// Removes `key`; `Ok(false)` when it was not there.
    pub fn dict_del(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<bool> {
        Ok(self.dict_take(d, key)?.is_some())
    }

    /// Removes `key` with one hash and one lookup (`dict_pop`); its value if it was there.
    pub fn dict_take(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        let Probe::Found(i) = self.find_key(d, key, hash)? else {
            return Ok(None);
        };
        let removed = d.as_dict().map(|t| t.borrow_mut().remove_at(i));
        Ok(removed.map(|(_key, value)| value))
    }

    pub fn set_add(&mut self, s: &ObjRef, key: ObjRef) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.set_add_entry(s, hash, key)
    }

    /// `set_add_entry`: inserts `key` (hash known) unless an equal key is there.
    pub(crate) fn set_add_entry(&mut self, s: &ObjRef, hash: i64, key: ObjRef) -> PyResult<()> {
        let probe = self.find_key(s, &key, hash)?;
        match &s.payload {
            Payload::Set(table) => {
                table.borrow_mut().add_at(probe, key, hash);
                Ok(())
            }
            _ => Err(self.system_error("bad internal call: not a set")),
        }
    }

    pub fn set_contains(&mut self, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
        crate::builtins::set_methods::contains(self, s, key)
    }
}
