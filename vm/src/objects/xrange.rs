//! `xrange`: a lazy arithmetic sequence (Objects/rangeobject.c).

pub struct PyXrange {
    pub start: i64,
    pub len: i64,
    pub step: i64,
}

impl PyXrange {
    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// `get_len_of_range`: how many values `range(lo, hi, step)` yields (step non-zero).
pub fn len_of_range(lo: i64, hi: i64, step: i64) -> i64 {
    let (lo, hi, step) = (lo as i128, hi as i128, step as i128);
    let n = if step > 0 && lo < hi {
        (hi - lo - 1) / step + 1
    } else if step < 0 && lo > hi {
        (lo - hi - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

/// `range_repr`: `xrange(N)`, `xrange(a, b)` or `xrange(a, b, step)`.
pub fn repr(r: &PyXrange) -> Vec<u8> {
    let stop = r.start + r.len * r.step;
    if r.start == 0 && r.step == 1 {
        format!("xrange({stop})").into_bytes()
    } else if r.step == 1 {
        format!("xrange({}, {stop})", r.start).into_bytes()
    } else {
        format!("xrange({}, {stop}, {})", r.start, r.step).into_bytes()
    }
}
