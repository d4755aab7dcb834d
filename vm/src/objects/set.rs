//! `set` and `frozenset` (Objects/setobject.c). CPython 2.7's set table uses the same probe
//! sequence, dummy handling, growth policy and slot-0 search finger as its dict table, so a set
//! is a [`DictTable`] whose values are unused.
//!
//! The entry-level operations here (`set_add_entry`, `set_discard_entry`, `set_merge`, …)
//! compare keys with [`eq_immutable`], the same equality the VM's dict lookups use, so they
//! never run Python code and may be called with the table borrowed.

use super::dict::{DictTable, Probe};
use super::hash::eq_immutable;
use super::{none, ObjRef};

#[derive(Clone, Default)]
pub struct SetTable {
    table: DictTable,
}

fn key_eq(a: &ObjRef, b: &ObjRef) -> Result<bool, ()> {
    Ok(eq_immutable(a, b).unwrap_or(false))
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

    fn find(&self, hash: i64, key: &ObjRef) -> Probe {
        self.table
            .lookup(key, hash, &mut key_eq)
            .unwrap_or(Probe::Vacant(0))
    }

    /// `set_add_key` at the slot a lookup returned (no-op when the key is present).
    pub fn add_at(&mut self, probe: Probe, key: ObjRef, hash: i64) {
        if let Probe::Vacant(_) = probe {
            self.table.store_at(probe, key, hash, none());
        }
    }

    /// `set_add_entry`: insert unless present, then grow as CPython does.
    pub fn add_entry(&mut self, hash: i64, key: ObjRef) {
        let probe = self.find(hash, &key);
        self.add_at(probe, key, hash);
    }

    /// `set_contains_entry`.
    pub fn contains_entry(&self, hash: i64, key: &ObjRef) -> bool {
        matches!(self.find(hash, key), Probe::Found(_))
    }

    /// `set_discard_entry`: the removed key (for the caller to drop), or `None`.
    pub fn discard_entry(&mut self, hash: i64, key: &ObjRef) -> Option<ObjRef> {
        match self.find(hash, key) {
            Probe::Found(idx) => Some(self.remove_at(idx)),
            Probe::Vacant(_) => None,
        }
    }

    /// `set_merge`: one resize up front for all the incoming entries, then insert them in
    /// their table order.
    pub fn merge(&mut self, entries: &[(i64, ObjRef)]) {
        if entries.is_empty() {
            return;
        }
        self.table.reserve_for_merge(entries.len());
        for (hash, key) in entries {
            self.add_entry(*hash, key.clone());
        }
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
