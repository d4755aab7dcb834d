//! `set` and `frozenset` (Objects/setobject.c). CPython 2.7's set table uses the same probe
//! sequence, dummy handling, growth policy and slot-0 search finger as its dict table, so a set
//! is a [`DictTable`] whose values are unused.

use super::dict::{DictTable, Probe};
use super::{none, ObjRef};

#[derive(Clone, Default)]
pub struct SetTable {
    table: DictTable,
}

impl SetTable {
    pub fn new() -> Self {
        SetTable {
            table: DictTable::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn lookup<E>(
        &self,
        key: &ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(&ObjRef, &ObjRef) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        self.table.lookup(key, hash, eq)
    }

    /// `set_add_key` at the slot a lookup returned (no-op when the key is present).
    pub fn add_at(&mut self, probe: Probe, key: ObjRef, hash: i64) {
        if let Probe::Vacant(_) = probe {
            self.table.store_at(probe, key, hash, none());
        }
    }

    pub fn remove_at(&mut self, idx: usize) -> ObjRef {
        self.table.remove_at(idx).0
    }

    /// `set.pop()`: same choice of entry and finger update as `dict.popitem()`.
    pub fn pop(&mut self) -> Option<ObjRef> {
        let idx = self.table.popitem_index()?;
        Some(self.table.pop_at(idx).0)
    }

    pub fn key_at(&self, idx: usize) -> Option<&ObjRef> {
        self.table.entry_at(idx).map(|(k, _)| k)
    }

    pub fn capacity(&self) -> usize {
        self.table.capacity()
    }

    /// Keys in table order (iteration and `repr` order).
    pub fn keys(&self) -> impl Iterator<Item = &ObjRef> {
        self.table.entries().map(|(k, _)| k)
    }

    pub fn keys_with_hash(&self) -> impl Iterator<Item = (i64, &ObjRef)> {
        self.table.entries_with_hash().map(|(h, k, _)| (h, k))
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    pub fn version(&self) -> u64 {
        self.table.version
    }
}
