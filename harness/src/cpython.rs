//! The reference engine: CPython 2.7.18 with `cpython-patches/` applied, built with `LLTRACE`.
//!
//! The patches and the two Python helpers are compiled into this crate, so a build is keyed by
//! exactly what it was made from, and running a case needs nothing from the source tree.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use sha2::{Digest, Sha256};

/// How `build-cpython` obtains and installs the reference engine.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    /// A local `Python-2.7.18.tgz` (also read from `PZ_CPYTHON_TARBALL`).
    pub tarball: Option<PathBuf>,
    /// Where to install (also read from `PZ_CPYTHON_DIR`); default: a per-user cache directory
    /// keyed by the hash of the patch set.
    pub install_dir: Option<PathBuf>,
    /// Print progress to standard error.
    pub progress: bool,
}

/// The upstream source release everything is keyed to.
const TARBALL_NAME: &str = "Python-2.7.18.tgz";
const TARBALL_SHA256: &str = "da3080e3b488f648a3d7a4560ddee895284c3380b11d6de75edb986526b9a814";
const TARBALL_URL: &str = "https://www.python.org/ftp/python/2.7.18/Python-2.7.18.tgz";
/// The same bytes as the upstream tarball, as Debian ships them.
const DEBIAN_ORIG_NAME: &str = "python2.7_2.7.18.orig.tar.gz";
const DEBIAN_SOURCE_PACKAGE: &str = "python2.7";
const DEBIAN_SUITE: &str = "bullseye";

/// The series, in order, with each patch's text.
const PATCHES: &[(&str, &str)] = &[
    (
        "0001-pztrace-switch.patch",
        include_str!("../../cpython-patches/0001-pztrace-switch.patch"),
    ),
    (
        "0002-pztrace-trace-format.patch",
        include_str!("../../cpython-patches/0002-pztrace-trace-format.patch"),
    ),
    (
        "0003-lltrace-without-predict.patch",
        include_str!("../../cpython-patches/0003-lltrace-without-predict.patch"),
    ),
    (
        "0004-pztrace-untraced-reprs.patch",
        include_str!("../../cpython-patches/0004-pztrace-untraced-reprs.patch"),
    ),
];
/// Kept to check that [`PATCHES`] follows it.
#[cfg(test)]
const SERIES: &str = include_str!("../../cpython-patches/series");
const PZRUN: &str = include_str!("../../cpython-patches/pzrun.py");
const PZCOMPILE: &str = include_str!("../../cpython-patches/pzcompile.py");

/// UCS-4 like every Linux distribution's Python 2.7, so `unicode` holds whole code points;
/// no ensurepip, so the install does not run pip.
const CONFIGURE_ARGS: &[&str] = &[
    "--without-ensurepip",
    "--enable-unicode=ucs4",
    "CPPFLAGS=-DLLTRACE",
];

/// Written into a finished install; holds the [`build_key`] it was built from.
const STAMP: &str = "pztrace-build.stamp";

/// Flags that make the interpreter ignore the user's environment and site packages.
const PYTHON_FLAGS: &[&str] = &["-S", "-E", "-B"];

/// Builds the reference engine unless an up-to-date build is installed; returns the path of
/// its `python2.7`.
pub fn build(opts: &BuildOptions) -> Result<PathBuf, String> {
    let target = install_target(opts.install_dir.clone())?;
    if let Some(python) = up_to_date(&target) {
        return Ok(python);
    }
    check_replaceable(&target)?;
    let mut progress = Progress::new(opts.progress);
    let parent = target
        .parent()
        .ok_or_else(|| format!("install directory {} has no parent", target.display()))?;
    fs::create_dir_all(parent).map_err(|e| {
        format!(
            "cannot create {} ({e}); pass another directory with PZ_CPYTHON_DIR",
            parent.display()
        )
    })?;
    let stage = tempfile::Builder::new()
        .prefix(".pztrace-build-")
        .tempdir_in(parent)
        .map_err(|e| {
            format!(
                "cannot create a build directory in {}: {e}",
                parent.display()
            )
        })?;
    let log_path = parent.join(format!(
        "{}.build.log",
        target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("cpython")
    ));
    let log = File::create(&log_path)
        .map_err(|e| format!("cannot create the build log {}: {e}", log_path.display()))?;
    let steps = Steps {
        log,
        log_path: &log_path,
    };

    progress.phase("obtaining the source");
    let tarball = obtain_tarball(opts, stage.path(), &mut progress)?;

    progress.phase("extracting");
    steps.run(
        "extract",
        duct::cmd!("tar", "xzf", &tarball, "-C", stage.path()),
    )?;
    let src = stage.path().join("Python-2.7.18");
    if !src.join("configure").is_file() {
        return Err(format!(
            "{} did not unpack to Python-2.7.18/; pass a genuine {TARBALL_NAME} with --tarball",
            tarball.display()
        ));
    }

    progress.phase("patching");
    for (name, text) in PATCHES {
        let cmd = duct::cmd!("patch", "-p1", "--forward", "--batch")
            .dir(&src)
            .stdin_bytes(text.as_bytes());
        steps.run(&format!("patch {name}"), cmd)?;
    }

    progress.phase("configure");
    let prefix = format!("--prefix={}", target.display());
    let configure = duct::cmd(
        src.join("configure"),
        std::iter::once(prefix.as_str()).chain(CONFIGURE_ARGS.iter().copied()),
    );
    steps.run("configure", configure.dir(&src))?;

    progress.phase("make");
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    steps.run("make", duct::cmd!("make", format!("-j{jobs}")).dir(&src))?;

    // Installed under a staging root, then moved into place whole: a half-built tree is never
    // found at the target, and the prefix compiled into the binary is already the target.
    progress.phase("make install");
    let destdir = stage.path().join("root");
    steps.run(
        "make install",
        duct::cmd!("make", "install", format!("DESTDIR={}", destdir.display())).dir(&src),
    )?;
    let staged = destdir.join(target.strip_prefix("/").unwrap_or(&target));
    let staged_python = staged.join("bin").join("python2.7");
    if !staged_python.is_file() {
        return Err(format!(
            "make install produced no {}; see the build log {}",
            staged_python.display(),
            log_path.display()
        ));
    }
    fs::write(staged.join(STAMP), build_key())
        .map_err(|e| format!("cannot write the build stamp: {e}"))?;

    progress.phase("moving into place");
    move_into_place(&staged, &target, stage.path())?;
    progress.phase("done");
    up_to_date(&target).ok_or_else(|| {
        format!(
            "{} was installed but is not usable; see the build log {}",
            target.display(),
            log_path.display()
        )
    })
}

/// The installed, up-to-date reference interpreter, if there is one (never builds).
pub fn installed_python() -> Option<PathBuf> {
    up_to_date(&install_target(None).ok()?)
}

/// The standard library of an installed interpreter: `lib/python2.7` next to its `bin/`.
pub fn stdlib_dir(python: &Path) -> PathBuf {
    let prefix = python
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("/"));
    prefix.join("lib").join("python2.7")
}

/// Compiles `source` to `out_pyc` with the reference engine: 8-byte header with a zero
/// timestamp, `co_filename` set to the source's file name.
pub fn compile(python: &Path, source: &Path, out_pyc: &Path) -> Result<(), String> {
    let name = source
        .file_name()
        .ok_or_else(|| format!("{} is not a file name", source.display()))?;
    let dir = match source.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let out = absolute(out_pyc)?;
    let output = duct::cmd(
        python,
        PYTHON_FLAGS.iter().map(std::ffi::OsStr::new).chain([
            std::ffi::OsStr::new("-c"),
            PZCOMPILE.as_ref(),
            name,
            out.as_os_str(),
        ]),
    )
    .dir(&dir)
    .stdin_null()
    .stdout_capture()
    .stderr_capture()
    .unchecked()
    .run()
    .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "compiling {} failed:\n{}",
            source.display(),
            String::from_utf8_lossy(&output.stderr).trim_end()
        ))
    }
}

/// The command that runs `pyc_name` (a bare file name inside `workdir`) on the reference
/// engine as `__main__`, traced, with `args` after it (docs/trace-format.md, section 5).
/// The caller sets stdin and captures stdout/stderr.
pub fn run_expression(
    python: &Path,
    workdir: &Path,
    pyc_name: &str,
    args: &[String],
) -> duct::Expression {
    let argv: Vec<&str> = PYTHON_FLAGS
        .iter()
        .copied()
        .chain(["-c", PZRUN, pyc_name])
        .chain(args.iter().map(String::as_str))
        .collect();
    duct::cmd(python, argv).dir(workdir)
}

/// What a build is made from; a change to any of it means a new build.
fn build_key() -> String {
    let mut h = Sha256::new();
    let mut part = |label: &str, bytes: &[u8]| {
        h.update(label.as_bytes());
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    part("tarball", TARBALL_SHA256.as_bytes());
    for (name, text) in PATCHES {
        part(name, text.as_bytes());
    }
    part("pzrun.py", PZRUN.as_bytes());
    part("pzcompile.py", PZCOMPILE.as_bytes());
    for arg in CONFIGURE_ARGS {
        part("configure", arg.as_bytes());
    }
    hex(&h.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The exact install prefix: the given or `PZ_CPYTHON_DIR` directory as is, else a
/// subdirectory of the user's cache named by the build key.
fn install_target(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    let explicit = explicit.or_else(|| non_empty_env("PZ_CPYTHON_DIR").map(PathBuf::from));
    match explicit {
        Some(dir) => absolute(&dir),
        None => Ok(cache_root()?.join(format!("cpython-2.7.18-{}", &build_key()[..16]))),
    }
}

fn cache_root() -> Result<PathBuf, String> {
    if let Some(xdg) = non_empty_env("XDG_CACHE_HOME") {
        let xdg = PathBuf::from(xdg);
        if xdg.is_absolute() {
            return Ok(xdg.join("pztrace"));
        }
    }
    match non_empty_env("HOME") {
        Some(home) => Ok(PathBuf::from(home).join(".cache").join("pztrace")),
        None => Err("no cache directory: set PZ_CPYTHON_DIR, XDG_CACHE_HOME or HOME".into()),
    }
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn absolute(path: &Path) -> Result<PathBuf, String> {
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .map_err(|e| format!("cannot resolve {}: {e}", path.display()))
}

/// The interpreter under `prefix` if its stamp matches the current build key.
fn up_to_date(prefix: &Path) -> Option<PathBuf> {
    let stamp = fs::read_to_string(prefix.join(STAMP)).ok()?;
    let python = prefix.join("bin").join("python2.7");
    (stamp.trim() == build_key() && python.is_file()).then_some(python)
}

/// Refuses to replace an existing directory unless it is empty or an outdated build of ours.
fn check_replaceable(target: &Path) -> Result<(), String> {
    let empty = fs::read_dir(target).is_ok_and(|mut d| d.next().is_none());
    if target.exists() && !empty && !target.join(STAMP).is_file() {
        return Err(format!(
            "{} exists and is not a pztrace build; choose a new or empty install directory",
            target.display()
        ));
    }
    Ok(())
}

/// Renames the finished tree onto `target`. A stale tree already there is moved aside first;
/// if another build finished first, its (identical) result is kept.
fn move_into_place(staged: &Path, target: &Path, scratch: &Path) -> Result<(), String> {
    if target.exists() {
        if up_to_date(target).is_some() {
            return Ok(());
        }
        check_replaceable(target)?;
        let aside = scratch.join("previous");
        fs::rename(target, &aside).map_err(|e| {
            format!(
                "cannot replace the outdated build at {} ({e}); remove it and retry",
                target.display()
            )
        })?;
    }
    match fs::rename(staged, target) {
        Ok(()) => Ok(()),
        Err(_) if up_to_date(target).is_some() => Ok(()),
        Err(e) => Err(format!(
            "cannot move the finished build to {}: {e}",
            target.display()
        )),
    }
}

/// Finds a verified `Python-2.7.18.tgz`: the given one, one cached by an earlier build, a
/// python.org download, or Debian's source package (the same bytes).
fn obtain_tarball(
    opts: &BuildOptions,
    scratch: &Path,
    progress: &mut Progress,
) -> Result<PathBuf, String> {
    let given = opts
        .tarball
        .clone()
        .or_else(|| non_empty_env("PZ_CPYTHON_TARBALL").map(PathBuf::from));
    if let Some(path) = given {
        verify(&path)?;
        progress.note(&format!("using {}", path.display()));
        return Ok(path);
    }
    let cached = cache_root().ok().map(|root| root.join(TARBALL_NAME));
    if let Some(path) = cached.as_ref().filter(|p| verify(p).is_ok()) {
        progress.note(&format!("using {}", path.display()));
        return Ok(path.clone());
    }

    let mut failures = Vec::new();
    let download = scratch.join(TARBALL_NAME);
    progress.note("downloading from python.org");
    match download_upstream(&download).and_then(|()| verify(&download)) {
        Ok(()) => return Ok(keep_in_cache(download, cached.as_deref())),
        Err(e) => failures.push(format!("python.org: {e}")),
    }
    progress.note("fetching Debian's python2.7 source package");
    match fetch_debian(scratch) {
        Ok(path) => match verify(&path) {
            Ok(()) => return Ok(keep_in_cache(path, cached.as_deref())),
            Err(e) => failures.push(format!("Debian: {e}")),
        },
        Err(e) => failures.push(format!("Debian: {e}")),
    }
    Err(format!(
        "cannot obtain {TARBALL_NAME} (sha256 {TARBALL_SHA256}):\n  {}\n\
         Download it yourself and pass it with --tarball PATH (or PZ_CPYTHON_TARBALL).",
        failures.join("\n  ")
    ))
}

/// Copies a fetched tarball to the cache so the next build needs no network.
fn keep_in_cache(fetched: PathBuf, cached: Option<&Path>) -> PathBuf {
    if let Some(cached) = cached {
        let ok = cached
            .parent()
            .is_some_and(|dir| fs::create_dir_all(dir).is_ok())
            && fs::copy(&fetched, cached).is_ok();
        if ok {
            return cached.to_path_buf();
        }
    }
    fetched
}

fn verify(path: &Path) -> Result<(), String> {
    let mut file = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file
            .read(&mut buf)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    let got = hex(&h.finalize());
    if got == TARBALL_SHA256 {
        Ok(())
    } else {
        Err(format!(
            "{} has sha256 {got}, expected {TARBALL_SHA256} (not a pristine {TARBALL_NAME})",
            path.display()
        ))
    }
}

fn download_upstream(out: &Path) -> Result<(), String> {
    let output = duct::cmd!(
        "curl",
        "--fail",
        "--silent",
        "--show-error",
        "--location",
        "--connect-timeout",
        "5",
        "--max-time",
        "60",
        "--output",
        out,
        TARBALL_URL
    )
    .stdout_null()
    .stderr_capture()
    .unchecked()
    .run()
    .map_err(|e| format!("cannot run curl: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// `apt-get source --download-only` against a private sources list naming only the
/// `DEBIAN_SUITE` source index on the machine's own mirror; apt's own state is left untouched.
fn fetch_debian(scratch: &Path) -> Result<PathBuf, String> {
    let mirrors = apt_mirrors();
    if mirrors.is_empty() {
        return Err("no Debian mirror found in the apt configuration".into());
    }
    let mut failures = Vec::new();
    for mirror in mirrors {
        match fetch_debian_from(&mirror, scratch) {
            Ok(path) => return Ok(path),
            Err(e) => failures.push(format!("{mirror}: {e}")),
        }
    }
    Err(failures.join("; "))
}

fn fetch_debian_from(mirror: &str, scratch: &Path) -> Result<PathBuf, String> {
    let apt = scratch.join("apt");
    let lists = apt.join("lists");
    let cache = apt.join("cache");
    let download = apt.join("download");
    for dir in [
        lists.join("partial"),
        cache.join("archives/partial"),
        download.clone(),
    ] {
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let list = apt.join("sources.list");
    fs::write(
        &list,
        format!("deb-src [trusted=yes] {mirror} {DEBIAN_SUITE} main\n"),
    )
    .map_err(|e| format!("cannot write {}: {e}", list.display()))?;
    let options = [
        format!("Dir::Etc::sourcelist={}", list.display()),
        "Dir::Etc::sourceparts=/nonexistent".to_string(),
        format!("Dir::State::Lists={}", lists.display()),
        format!("Dir::Cache={}", cache.display()),
    ];
    let apt_get = |args: &[&str]| {
        let mut argv: Vec<String> = vec!["-q".into()];
        for o in &options {
            argv.push("-o".into());
            argv.push(o.clone());
        }
        argv.extend(args.iter().map(|a| a.to_string()));
        let output = duct::cmd("apt-get", argv)
            .dir(&download)
            .stdin_null()
            .stderr_to_stdout()
            .stdout_capture()
            .unchecked()
            .run()
            .map_err(|e| format!("cannot run apt-get: {e}"))?;
        if output.status.success() {
            Ok(())
        } else {
            let text = String::from_utf8_lossy(&output.stdout);
            Err(format!(
                "apt-get {} failed: {}",
                args[0],
                tail(&text, 5).trim()
            ))
        }
    };
    apt_get(&["update"])?;
    apt_get(&["source", "--download-only", DEBIAN_SOURCE_PACKAGE])?;
    let orig = download.join(DEBIAN_ORIG_NAME);
    if orig.is_file() {
        Ok(orig)
    } else {
        Err(format!(
            "apt-get source did not download {DEBIAN_ORIG_NAME}"
        ))
    }
}

/// The archive URIs the machine's apt is configured with (deb822 `.sources` files first, then
/// `sources.list`), security archives last since they do not carry the main suites.
fn apt_mirrors() -> Vec<String> {
    let mut found = Vec::new();
    if let Ok(entries) = fs::read_dir("/etc/apt/sources.list.d") {
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if path.extension().and_then(|e| e.to_str()) != Some("sources") {
                continue;
            }
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            for line in text.lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                if key.trim().eq_ignore_ascii_case("URIs") {
                    found.extend(value.split_whitespace().map(str::to_string));
                }
            }
        }
    }
    if let Ok(text) = fs::read_to_string("/etc/apt/sources.list") {
        for line in text.lines() {
            let mut words = line.split_whitespace();
            if !matches!(words.next(), Some("deb" | "deb-src")) {
                continue;
            }
            let mut uri = words.next();
            if uri.is_some_and(|w| w.starts_with('[')) {
                uri = words.find(|w| w.ends_with(']')).and_then(|_| words.next());
            }
            found.extend(uri.map(str::to_string));
        }
    }
    let mut mirrors: Vec<String> = Vec::new();
    for uri in found {
        let uri = uri.trim_end_matches('/').to_string();
        if uri.contains("://") && !mirrors.contains(&uri) {
            mirrors.push(uri);
        }
    }
    mirrors.sort_by_key(|m| m.contains("security"));
    mirrors
}

/// Runs build steps with their output appended to one log file.
struct Steps<'a> {
    log: File,
    log_path: &'a Path,
}

impl Steps<'_> {
    fn run(&self, what: &str, cmd: duct::Expression) -> Result<(), String> {
        use std::io::Write;
        let mut log = self
            .log
            .try_clone()
            .map_err(|e| format!("cannot write the build log: {e}"))?;
        let _ = writeln!(log, "\n==== {what}");
        let out = log
            .try_clone()
            .map_err(|e| format!("cannot write the build log: {e}"))?;
        let status = cmd
            .stdin_null()
            .stderr_to_stdout()
            .stdout_file(out)
            .unchecked()
            .run()
            .map_err(|e| format!("{what}: cannot start: {e}"))?
            .status;
        if status.success() {
            return Ok(());
        }
        let text = fs::read_to_string(self.log_path).unwrap_or_default();
        Err(format!(
            "building the reference engine failed at `{what}` ({status}); last lines of {}:\n{}",
            self.log_path.display(),
            tail(&text, 25)
        ))
    }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Phase lines on standard error with the seconds elapsed since the build started.
struct Progress {
    enabled: bool,
    start: Instant,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            start: Instant::now(),
        }
    }

    fn phase(&mut self, name: &str) {
        self.note(name);
    }

    fn note(&mut self, text: &str) {
        if self.enabled {
            eprintln!(
                "build-cpython: [{:4}s] {text}",
                self.start.elapsed().as_secs()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_table_follows_the_series_file() {
        let series: Vec<&str> = SERIES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let table: Vec<&str> = PATCHES.iter().map(|(name, _)| *name).collect();
        assert_eq!(series, table);
        for (name, text) in PATCHES {
            assert!(text.starts_with("# DP: "), "{name} lacks its # DP: header");
        }
    }

    #[test]
    fn build_key_is_stable_hex() {
        let key = build_key();
        assert_eq!(key.len(), 64);
        assert_eq!(key, build_key());
    }
}
