//! `set` and `frozenset` (Objects/setobject.c). CPython 2.7's set table uses the same probe
//! sequence, dummy handling, growth policy and slot-0 search finger as its dict table, so a set
//! is a [`DictTable`] whose values are unused.
//!
//! The table never runs Python code: lookups that may need a Python-level `==` go through
//! `Vm::find_key`, which releases the table while it runs.

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

    /// A lookup that never runs Python code; `None` when `eq` could not decide two keys.
    pub fn lookup(
        &self,
        key: &ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(&ObjRef, &ObjRef) -> Option<bool>,
    ) -> Option<Probe> {
        self.table.lookup(key, hash, eq)
    }

    /// The underlying table, for lookups that may pause for Python code (`Vm::find_key`).
    pub fn table(&self) -> &DictTable {
        &self.table
    }

    /// `set_add_key` at the slot a lookup returned (no-op when the key is present).
    pub fn add_at(&mut self, probe: Probe, key: ObjRef, hash: i64) {
        if let Probe::Vacant(_) = probe {
            self.table.store_at(probe, key, hash, none());
        }
    }

    /// `set_merge`'s one resize up front for `incoming` entries.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        self.table.reserve_for_merge(incoming);
    }

    /// The end of `set_difference_update_internal`: when at least a fifth of the slots are
    /// dummies, rebuild the table without them.
    pub fn shrink_if_many_dummies(&mut self) {
        if self.table.dummies() * 5 < self.table.capacity() - 1 {
            return;
        }
        let used = self.len();
        self.table
            .resize(if used > 50000 { used * 2 } else { used * 4 });
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

    /// A copy of the (hash, key) entries in table order, to walk while the set may change.
    pub fn snapshot(&self) -> Vec<(i64, ObjRef)> {
        self.keys_with_hash().map(|(h, k)| (h, k.clone())).collect()
    }

    /// `set_clear_internal`; returns the old slots for the caller to drop.
    pub fn clear(&mut self) -> Vec<super::dict::Slot> {
        self.table.clear()
    }

    pub fn version(&self) -> u64 {
        self.table.version
    }
}
