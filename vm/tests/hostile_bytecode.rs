//! Hostile bytecode: thousands of generated modules whose code is random opcodes with random
//! arguments (operands out of range, jumps anywhere, stack underflow, a lying `co_stacksize`,
//! block-stack abuse, running off the end) must each end in a Python exception or a clean
//! fault — never a panic (reported as an internal error) and never a hang past the limits.

use std::time::Duration;

use pztrace::{run_pyc, Limits, Outcome, RunConfig};

/// A small xorshift generator: the corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Marshal writers for the few object kinds a generated module needs.
fn w_int(out: &mut Vec<u8>, v: i32) {
    out.push(b'i');
    out.extend_from_slice(&v.to_le_bytes());
}
fn w_str(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b's');
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s);
}
fn w_tuple_of_strs(out: &mut Vec<u8>, items: &[&str]) {
    out.push(b'(');
    out.extend_from_slice(&(items.len() as u32).to_le_bytes());
    for s in items {
        w_str(out, s.as_bytes());
    }
}

/// A `.pyc` holding one module code object with the given bytecode.
fn module_pyc(code: &[u8], stacksize: u32) -> Vec<u8> {
    let mut out = vec![0x03, 0xf3, 0x0d, 0x0a, 0, 0, 0, 0, b'c'];
    for field in [0u32, 2, stacksize, 0x40] {
        out.extend_from_slice(&field.to_le_bytes());
    }
    w_str(&mut out, code);
    // co_consts: None, 1, 'ab', (1, 'ab')
    out.extend_from_slice(b"(\x04\x00\x00\x00N");
    w_int(&mut out, 1);
    w_str(&mut out, b"ab");
    out.extend_from_slice(b"(\x02\x00\x00\x00");
    w_int(&mut out, 1);
    w_str(&mut out, b"ab");
    w_tuple_of_strs(&mut out, &["x", "len", "append"]);
    w_tuple_of_strs(&mut out, &["a", "b"]);
    w_tuple_of_strs(&mut out, &[]);
    w_tuple_of_strs(&mut out, &[]);
    w_str(&mut out, b"fuzz.py");
    w_str(&mut out, b"<module>");
    out.extend_from_slice(&1u32.to_le_bytes()); // co_firstlineno, a raw long
    w_str(&mut out, b"\x03\x01\xff\x7f");
    out
}

/// Random bytecode: mostly real opcodes with small arguments, sometimes raw bytes.
fn random_code(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(120) as usize;
    let mut code = Vec::with_capacity(len * 3);
    for _ in 0..len {
        let op = if rng.below(8) == 0 {
            rng.below(256) as u8
        } else {
            rng.below(148) as u8
        };
        code.push(op);
        if op >= 90 {
            let arg = if rng.below(4) == 0 {
                rng.below(65536) as u16
            } else {
                rng.below(8) as u16 * 3
            };
            code.extend_from_slice(&arg.to_le_bytes());
        }
    }
    code
}

#[test]
fn random_bytecode_never_panics_or_hangs() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let config = RunConfig {
        argv: vec!["fuzz.pyc".into()],
        trace: true,
        limits: Limits {
            max_steps: 5_000,
            max_time: Duration::from_secs(5),
            max_memory: 1 << 24,
            max_output: 1 << 20,
        },
        ..RunConfig::default()
    };
    let mut entered = 0;
    for i in 0..2000 {
        let code = random_code(&mut rng);
        let stacksize = rng.below(6) as u32;
        let pyc = module_pyc(&code, stacksize);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let outcome = run_pyc(&pyc, &config, &mut out, &mut err);
        entered += usize::from(out.starts_with(b"=== enter <module> (fuzz.py:1) ==="));
        if let Outcome::Fault(msg) = &outcome {
            assert!(
                !msg.contains("internal error"),
                "program {i} (code {code:02x?}) panicked: {msg}"
            );
        }
    }
    // The corpus must reach the eval loop, not stop at the loader.
    assert!(entered > 1900, "only {entered} programs started executing");
}
