"""Outputs published together (`recruitscore.io.atomic_outputs`): `campaigns`' rows, summary and
STIX bundle and `inbox`'s three files are all published or none, and no writer leaves a
temporary file behind, whatever stops it (a refused move, a full disk, an exception or Ctrl-C
half-way). Faults are injected; nothing here depends on timing."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from recruitscore import io as rio
from recruitscore.cli import app
from recruitscore.errors import RecruitscoreError

NAMES = ("a.csv", "b.csv", "c.json")


def state(folder: Path) -> dict[str, str]:
    """Every entry of ``folder`` (temporary files included) with its content."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def listed(folder: Path) -> list[str]:
    """Temporary files in ``folder`` still listed for removal at a signal."""
    return [t for t in rio._TEMPORARY if t.startswith(str(folder))]


def refuse_moving_into(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Make moving a temporary file onto ``target`` fail as an immutable file does."""
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if str(src).endswith(".part") and str(dst) == str(target):
            raise PermissionError(errno.EPERM, "Operation not permitted")
        real(src, dst)

    monkeypatch.setattr(rio.os, "replace", replace)


class FullDisk(io.RawIOBase):
    """A file descriptor that takes ``room`` bytes, then fails as a full disk does (or raises
    ``error``)."""

    def __init__(self, fd: int, room: int, error: BaseException | None = None) -> None:
        self.fd, self.room, self.error = fd, room, error

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.room <= 0:
            raise self.error or OSError(errno.ENOSPC, "No space left on device")
        n = os.write(self.fd, bytes(data)[:self.room])
        self.room -= n
        return n

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def fill_disk(monkeypatch: pytest.MonkeyPatch, room: int = 100,
              which: Callable[[str], bool] = lambda name: True) -> None:
    """Temporary output files (``*.part``) whose name passes ``which`` take ``room`` bytes,
    then fail with ENOSPC."""
    real = os.fdopen

    def fdopen(fd: int, mode: str = "r", buffering: int = -1, **kwargs):  # type: ignore[no-untyped-def]
        name = os.readlink(f"/proc/self/fd/{fd}")
        if mode == "wb" and name.endswith(".part") and which(os.path.basename(name)):
            return io.BufferedWriter(FullDisk(fd, room), max(buffering, 1))
        return real(fd, mode, buffering, **kwargs)

    monkeypatch.setattr(rio.os, "fdopen", fdopen)


@pytest.fixture
def earlier(tmp_path: Path) -> Callable[[tuple[bool, ...]], dict[str, str]]:
    """Write ``OLD a.csv``... for the outputs marked true; return the folder's state."""

    def make(present: tuple[bool, ...]) -> dict[str, str]:
        for name, there in zip(NAMES, present, strict=True):
            if there:
                (tmp_path / name).write_text(f"OLD {name}\n", encoding="utf-8")
        return state(tmp_path)

    return make


# -- the shared writer ----------------------------------------------------------------------------
@pytest.mark.parametrize("present", [(True, True, True), (False, True, False),
                                     (False, False, False)], ids=["all", "some", "none"])
@pytest.mark.parametrize("failing", NAMES)
def test_a_set_whose_move_fails_is_left_as_it_was(tmp_path: Path, monkeypatch, earlier,  # type: ignore[no-untyped-def]
                                                  present: tuple[bool, ...],
                                                  failing: str) -> None:
    before = earlier(present)
    refuse_moving_into(monkeypatch, tmp_path / failing)
    with pytest.raises(PermissionError) as info, \
            rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream, name in zip(streams, NAMES, strict=True):
            stream.write(f"NEW {name}\n")
    assert info.value.filename == str(tmp_path / failing)
    assert state(tmp_path) == before  # old content back, new files gone, nothing else
    assert not listed(tmp_path)


@pytest.mark.parametrize("stop", [RuntimeError("half-way"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
def test_a_block_stopped_half_way_leaves_each_target_as_it_was(tmp_path: Path, earlier,  # type: ignore[no-untyped-def]
                                                               stop: BaseException) -> None:
    before = earlier((True, False, True))
    with pytest.raises(type(stop)), \
            rio.atomic_outputs([tmp_path / n for n in NAMES]) as (a, b, _):
        a.write("NEW" * 100_000)
        b.write("NEW")
        raise stop
    assert state(tmp_path) == before and not listed(tmp_path)


def test_a_full_disk_names_the_output_and_leaves_no_temporary_file(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                   monkeypatch, earlier) -> None:
    before = earlier((True, True, False))
    fill_disk(monkeypatch, which=lambda name: name.startswith(".b.csv."))
    with pytest.raises(OSError) as info, \
            rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW " * 1000)
    assert info.value.errno == errno.ENOSPC and info.value.filename == str(tmp_path / "b.csv")
    assert state(tmp_path) == before and not listed(tmp_path)


def test_a_signal_handler_in_the_middle_of_the_moves_puts_the_set_back(  # type: ignore[no-untyped-def]
        tmp_path: Path, monkeypatch, earlier) -> None:
    """SIGTERM or Ctrl-C stops `score` and `campaigns` by removing the temporary files and
    ending the process (no unwinding): a handler that runs between two moves puts back what
    was moved, and the set stays whole."""
    before = earlier((True, False, True))
    real = os.replace

    class Ended(BaseException):
        """The process ended (os._exit) in the handler."""

    def replace(src: str, dst: str) -> None:
        real(src, dst)
        if str(dst) == str(tmp_path / "b.csv"):  # a.csv and b.csv are new, c.json is old
            rio.remove_temporary()
            raise Ended

    monkeypatch.setattr(rio.os, "replace", replace)
    with pytest.raises(Ended), rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW")
    assert state(tmp_path) == before and not listed(tmp_path)


def test_a_signal_watcher_thread_waits_for_the_moves(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                     earlier) -> None:
    """From the watcher thread, removing the temporary files waits until the set is in place
    (all new), rather than removing the files not yet moved."""
    earlier((True, True, True))
    real = os.replace
    watcher: list[threading.Thread] = []

    def replace(src: str, dst: str) -> None:
        real(src, dst)
        if str(dst) == str(tmp_path / "a.csv") and not watcher:
            watcher.append(threading.Thread(target=rio.remove_temporary))
            watcher[0].start()
            watcher[0].join(timeout=0.5)
            assert watcher[0].is_alive()  # it cannot get the lock while the set is moved

    monkeypatch.setattr(rio.os, "replace", replace)
    with rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW")
    watcher[0].join()
    assert state(tmp_path) == dict.fromkeys(NAMES, "NEW")


def test_an_earlier_file_that_cannot_be_put_back_is_named(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                          earlier) -> None:
    earlier((True, True, True))
    real = os.replace

    def replace(src: str, dst: str) -> None:
        if str(src).endswith(".part") and str(dst).endswith("c.json"):
            raise PermissionError(errno.EPERM, "Operation not permitted")
        if str(src).endswith(".old") and str(dst) == str(tmp_path / "a.csv"):
            # putting a.csv back fails too
            raise PermissionError(errno.EPERM, "Operation not permitted")
        real(src, dst)

    monkeypatch.setattr(rio.os, "replace", replace)
    with pytest.raises(RecruitscoreError, match=r"a\.csv could not be put back") as info, \
            rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW")
    kept = str(info.value).rsplit(" ", 1)[1]
    assert Path(kept).read_text(encoding="utf-8") == "OLD a.csv\n"  # not removed
    assert not rio._STALE_PART.fullmatch(Path(kept).name)  # nor by a later run (review30)
    assert (tmp_path / "b.csv").read_text(encoding="utf-8") == "OLD b.csv\n"
    assert not list(tmp_path.glob("*.part"))


def test_standard_output_in_a_set_is_written_through(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                     capsysbinary) -> None:
    refuse_moving_into(monkeypatch, tmp_path / "b.csv")
    with pytest.raises(PermissionError), \
            rio.atomic_outputs(["-", tmp_path / "b.csv"]) as (out, b):
        out.write("rows\n")
        b.write("NEW")
    assert capsysbinary.readouterr().out == b"rows\n"
    assert not list(tmp_path.iterdir())


# -- campaigns: rows, summary and STIX bundle ---------------------------------------------------
APPROACHES = Path(__file__).resolve().parents[1] / "examples" / "approaches.csv"


def run_campaigns(folder: Path) -> Result:
    """``campaigns`` writing its rows, summary and bundle to a.csv, b.csv and c.json."""
    return CliRunner().invoke(app, [
        "campaigns", str(APPROACHES), "-o", str(folder / "a.csv"), "--summary",
        str(folder / "b.csv"), "--stix", str(folder / "c.json"), "--stix-created",
        "2026-01-01T00:00:00Z", "-j", "1", "-q"])


def one_line(result: Result) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert ".part" not in lines[0] and ".old" not in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("present", [(True, True, True), (False, False, False)],
                         ids=["replacing", "new"])
@pytest.mark.parametrize("failing", NAMES)
def test_campaigns_publishes_its_outputs_all_or_none(tmp_path: Path, monkeypatch, earlier,  # type: ignore[no-untyped-def]
                                                     present: tuple[bool, ...],
                                                     failing: str) -> None:
    """The outputs were moved into place one by one: a move that failed on the last (an
    immutable file) left the others new (review29)."""
    before = earlier(present)
    refuse_moving_into(monkeypatch, tmp_path / failing)
    line = one_line(run_campaigns(tmp_path))
    assert line == f"recruitscore: error: Operation not permitted: {tmp_path / failing}"
    assert state(tmp_path) == before
    monkeypatch.undo()
    assert run_campaigns(tmp_path).exit_code == 0  # the same run, unhindered, replaces all
    after = state(tmp_path)
    assert sorted(after) == sorted(NAMES) and all(not v.startswith("OLD") for v in after.values())


def test_campaigns_on_a_full_disk_changes_nothing(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                  earlier) -> None:
    before = earlier((True, False, True))
    fill_disk(monkeypatch, which=lambda name: name.startswith(".b.csv."))
    line = one_line(run_campaigns(tmp_path))
    assert line == f"recruitscore: error: No space left on device: {tmp_path / 'b.csv'}"
    assert state(tmp_path) == before


@pytest.mark.parametrize("stop", [RuntimeError("half-way"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
def test_campaigns_stopped_while_writing_changes_nothing(tmp_path: Path, monkeypatch, earlier,  # type: ignore[no-untyped-def]
                                                         stop: BaseException) -> None:
    from recruitscore import campaigns

    before = earlier((True, True, False))

    def half_a_bundle(sink, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        sink.write('{\n  "type": "bundle",\n')
        raise stop

    monkeypatch.setattr(campaigns, "write_stix", half_a_bundle)
    with pytest.raises(type(stop)):
        campaigns.campaigns_file(APPROACHES, tmp_path / "a.csv", summary_path=tmp_path / "b.csv",
                                 stix_path=tmp_path / "c.json", jobs=1)
    assert state(tmp_path) == before and not listed(tmp_path)


# -- inbox: conversations.csv, messages.csv, report.html ----------------------------------------
EXPORT = Path(__file__).resolve().parents[1] / "examples" / "linkedin-export" / "messages.csv"
INBOX = ("conversations.csv", "messages.csv", "report.html")


def full_disk_at_write(monkeypatch: pytest.MonkeyPatch, name: str, room: int = 100,
                       error: BaseException | None = None) -> None:
    """Every temporary file of ``name`` takes ``room`` bytes, then fails with ENOSPC (or
    raises ``error``), whatever writes it (``os.fdopen``: a text or a binary stream)."""
    real = os.fdopen

    def fdopen(fd: int, mode: str = "r", buffering: int = -1, **kwargs):  # type: ignore[no-untyped-def]
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(f".{name}."):
            binary = io.BufferedWriter(FullDisk(fd, room, error))
            return binary if "b" in mode else io.TextIOWrapper(binary, **kwargs)
        return real(fd, mode, buffering, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen)


@pytest.mark.parametrize("name", INBOX)
def test_inbox_on_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                       name: str) -> None:
    """inbox left its temporary file behind when the disk filled up while writing it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "messages.csv").write_text("OLD\n", encoding="utf-8")
    full_disk_at_write(monkeypatch, name)
    result = CliRunner().invoke(app, ["inbox", str(EXPORT), "-o", str(out), "-q"])
    line = one_line(result)
    assert line == f"recruitscore: error: No space left on device: {out / name}"
    assert state(out) == {"messages.csv": "OLD\n"}


@pytest.mark.parametrize("stop", [RuntimeError("half-way"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
def test_inbox_stopped_while_writing_leaves_no_temporary_file(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                              stop: BaseException) -> None:
    from recruitscore import inbox

    (tmp_path / "report.html").write_text("OLD\n", encoding="utf-8")
    full_disk_at_write(monkeypatch, "messages.csv", room=10, error=stop)
    with pytest.raises(type(stop)):
        inbox._write_atomic(tmp_path, {"conversations.csv": "NEW\n",
                                       "messages.csv": "NEW " * 100_000, "report.html": "NEW"})
    assert state(tmp_path) == {"report.html": "OLD\n"}


# -- review30: the output path is never missing; a rollback touches only what it replaced ------
def watch_steps(monkeypatch: pytest.MonkeyPatch, step: Callable[[str, tuple], None]) -> None:  # type: ignore[type-arg]
    """Call ``step(name, args)`` right after every ``os.replace``, ``os.link``, ``os.unlink``
    and ``os.open`` (of a file created beside an output) that the writer makes."""
    for name in ("replace", "link", "unlink", "open"):
        real = getattr(os, name)

        def wrapped(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            result = _real(*args, **kwargs)
            step(_name, args)
            return result

        monkeypatch.setattr(rio.os, name, wrapped)


@pytest.mark.parametrize("n", [1, 3], ids=["score", "set"])
def test_a_replaced_output_is_there_at_every_step(tmp_path: Path, monkeypatch, n: int) -> None:  # type: ignore[no-untyped-def]
    """The earlier file was moved aside, then the new one moved in: a reader found no file for
    a moment, and a SIGKILL between the two left none (review30, 1). What a hard kill leaves
    after each step: every output path holds its earlier content or its new one."""
    targets = [tmp_path / name for name in NAMES[:n]]
    for target in targets:
        target.write_text("OLD", encoding="utf-8")
    seen: list[dict[str, str]] = []

    def step(name: str, args: tuple) -> None:  # type: ignore[type-arg]
        seen.append({t.name: t.read_text(encoding="utf-8") if t.exists() else "MISSING"
                     for t in targets})

    watch_steps(monkeypatch, step)
    with rio.atomic_outputs(targets) as streams:
        for stream in streams:
            stream.write("NEW")
    monkeypatch.undo()
    assert all(v in ("OLD", "NEW") for snapshot in seen for v in snapshot.values()), seen
    assert state(tmp_path) == dict.fromkeys(NAMES[:n], "NEW")


def test_one_output_is_replaced_by_one_rename(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`score`'s output: no copy of the earlier file is made (review30, 1)."""
    target = tmp_path / "out.csv"
    target.write_text("OLD", encoding="utf-8")
    calls: list[str] = []
    watch_steps(monkeypatch, lambda name, args: calls.append(name))
    with rio.atomic_output(target) as out:
        out.write("NEW")
    assert calls == ["open", "replace"]
    assert state(tmp_path) == {"out.csv": "NEW"}


@pytest.mark.parametrize("code", [errno.EPERM, errno.EXDEV, errno.EOPNOTSUPP])
@pytest.mark.parametrize("fails", [False, True], ids=["published", "put-back"])
def test_without_hard_links_the_earlier_file_is_copied(tmp_path: Path, monkeypatch, earlier,  # type: ignore[no-untyped-def]
                                                       code: int, fails: bool) -> None:
    """A file system (or a protected file) that refuses hard links: the earlier files are
    copied aside instead, and the set is still all or none."""
    before = earlier((True, False, True))

    def no_link(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(rio.os, "link", no_link)
    if fails:
        refuse_moving_into(monkeypatch, tmp_path / "c.json")
    with contextlib.ExitStack() as stack:
        if fails:
            stack.enter_context(pytest.raises(PermissionError))
        with rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
            for stream in streams:
                stream.write("NEW")
    assert state(tmp_path) == (before if fails else dict.fromkeys(NAMES, "NEW"))


def test_a_put_back_leaves_alone_a_target_it_never_replaced(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                            earlier) -> None:
    """The put-back guessed "moved" from a missing `.part`: when b.csv's vanished (the signal
    watcher giving up, another host's clean-up) and a.csv's move failed, the earlier b.csv was
    deleted (review30, 2)."""
    before = earlier((True, True, True))
    real = os.replace

    def replace(src: str, dst: str) -> None:
        if str(src).endswith(".part") and str(dst) == str(tmp_path / "a.csv"):
            for tmp in listed(tmp_path):
                if ".b.csv." in tmp:
                    os.unlink(tmp)
            raise PermissionError(errno.EPERM, "Operation not permitted")
        real(src, dst)

    monkeypatch.setattr(rio.os, "replace", replace)
    with pytest.raises(PermissionError), \
            rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW")
    assert state(tmp_path) == before


class GivesUp:
    """A lock whose wait with a time-out gives up at once (the signal watcher's 10 s)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()

    def __enter__(self) -> GivesUp:
        self.lock.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock.release()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        return self.lock.acquire(blocking=False)

    def release(self) -> None:
        self.lock.release()


def test_a_watcher_that_gives_up_leaves_the_moves_alone(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                        earlier) -> None:
    """The watcher thread stopped waiting for a slow set (a hung NFS mount) and removed the
    `.part` files not yet moved in (review30, 2): the set must stay whole."""
    earlier((True, True, True))
    monkeypatch.setattr(rio, "_PUBLISH_LOCK", GivesUp())
    real = os.replace
    done: list[bool] = []

    def replace(src: str, dst: str) -> None:
        real(src, dst)
        if str(dst) == str(tmp_path / "a.csv") and not done:
            watcher = threading.Thread(target=rio.remove_temporary)
            watcher.start()
            watcher.join()
            done.append(True)

    monkeypatch.setattr(rio.os, "replace", replace)
    with rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW")
    assert done and state(tmp_path) == dict.fromkeys(NAMES, "NEW")


def test_a_signal_handler_does_not_wait_for_its_own_thread(tmp_path: Path) -> None:
    """A handler that ran while its own thread held the lock, just before or after a set was
    moved, waited 10 s for itself (review30, 6)."""
    part = tmp_path / ".a.csv.1.abcdefgh.part"
    part.write_text("half")
    rio._TEMPORARY.add(str(part))
    with rio._PUBLISH_LOCK:
        assert rio._PUBLISH_LOCK.acquire(blocking=False)  # the handler's own thread
        rio._PUBLISH_LOCK.release()
        rio.remove_temporary()
    assert not part.exists() and not listed(tmp_path)


class Ended(BaseException):
    """The process ended (os._exit) in a signal handler."""


def stop_here(stop: str) -> None:
    """What a signal does where it lands: Ctrl-C raises there; the handler of SIGTERM (and of
    Ctrl-C in ``score`` and ``campaigns``) removes the temporary files and ends the process."""
    if stop == "handler":
        rio.remove_temporary()
        raise Ended
    raise KeyboardInterrupt


def files_created(args: tuple) -> bool:  # type: ignore[type-arg]
    """Is this ``os.open`` or ``os.link`` call one that creates a file beside an output?"""
    if len(args) > 1 and isinstance(args[1], int):  # os.open(path, flags, mode)
        return bool(args[1] & os.O_CREAT)
    return len(args) == 2  # os.link(src, dst)


@pytest.mark.parametrize("stop", ["ctrl-c", "handler"])
@pytest.mark.parametrize("k", range(1, 5))  # three .part files, one earlier file kept
def test_a_signal_as_a_temporary_file_is_created_leaves_nothing(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                earlier, k: int,
                                                                stop: str) -> None:
    """A signal right after a temporary or earlier-content file was created, before its name
    was recorded, left it behind (review30, 3): Ctrl-C raises where it lands; SIGTERM in
    `score` and `campaigns` removes the temporary files and ends the process."""
    before = earlier((True, False, True))
    created = [0]

    def step(name: str, args: tuple) -> None:  # type: ignore[type-arg]
        if name in ("open", "link") and files_created(args):
            created[0] += 1
            if created[0] == k:
                stop_here(stop)

    watch_steps(monkeypatch, step)
    with pytest.raises((KeyboardInterrupt, Ended)), \
            rio.atomic_outputs([tmp_path / n for n in NAMES]) as streams:
        for stream in streams:
            stream.write("NEW")
    monkeypatch.undo()
    assert state(tmp_path) == before and not listed(tmp_path)


def test_leftovers_of_a_killed_set_are_removed(tmp_path: Path) -> None:
    """A killed run's copy of an earlier file (its process id in the name) is removed by the
    next run in the folder, like its `.part` files; another live run's is kept."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    dead = proc.pid
    stale = tmp_path / f".a.csv.{dead}.abcd1234.old"
    stale.write_text("OLD")
    alive = tmp_path / f".a.csv.{os.getpid()}.abcd1234.old"
    alive.write_text("OLD")
    with rio.atomic_output(tmp_path / "a.csv") as out:
        out.write("NEW")
    assert not stale.exists() and alive.exists()


@pytest.mark.parametrize("n", [1, 2], ids=["score", "set"])
def test_a_long_output_name_is_written(tmp_path: Path, n: int) -> None:
    """`.NAME.PID.RANDOM.part` was longer than the longest name a folder takes, so a valid
    name of 240 bytes was refused (review30, 7)."""
    targets = [tmp_path / f"{letter * 236}.csv" for letter in "ab"[:n]]
    for target in targets:
        target.write_text("OLD", encoding="utf-8")
    with rio.atomic_outputs(targets) as streams:
        for stream in streams:
            stream.write("NEW")
    assert state(tmp_path) == {t.name: "NEW" for t in targets}


def test_inbox_replaces_a_link_in_its_folder_not_its_target(tmp_path: Path) -> None:
    """`inbox` wrote its report through a link planted in its output folder (review30, 5):
    a file the command names itself replaces a link there, as it did before."""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "file").write_text("PRECIOUS", encoding="utf-8")
    (out / "report.html").symlink_to("../elsewhere/file")
    (out / "messages.csv").symlink_to("../missing/folder/file")  # a link to nothing
    result = CliRunner().invoke(app, ["inbox", str(EXPORT), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert (elsewhere / "file").read_text(encoding="utf-8") == "PRECIOUS"
    for name in INBOX:
        assert (out / name).is_file() and not (out / name).is_symlink()
    assert sorted(p.name for p in out.iterdir()) == sorted(INBOX)


def test_campaigns_refuses_standard_output_twice(tmp_path: Path) -> None:
    """`-o - --stix /dev/stdout` wrote the rows and the bundle one after the other on standard
    output, although `--stix -` is refused (review30, 8)."""
    for option in ("--stix", "--summary"):
        result = CliRunner().invoke(app, ["campaigns", str(APPROACHES), "-o", "-", option,
                                          "/dev/stdout", "-q"])
        line = one_line(result)
        assert "need a file name" in line and result.stdout == ""


@pytest.mark.parametrize("stop", ["ctrl-c", "handler"])
def test_a_signal_after_any_step_leaves_the_set_whole(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                      stop: str) -> None:
    """Ctrl-C, or a SIGTERM handler, right after each file step of a set (creating, linking,
    moving, removing): all new or all as before, nothing left. A handler that interrupted the
    removal of the earlier files' second names once all were in place put back the ones not
    yet removed, a mixed set (review30)."""
    k = 0
    while True:
        k += 1
        folder = tmp_path / str(k)
        folder.mkdir()
        for name in NAMES[:2]:
            (folder / name).write_text("OLD", encoding="utf-8")
        before = state(folder)
        steps = [0]

        def step(name: str, args: tuple, _k: int = k, _steps: list[int] = steps) -> None:  # type: ignore[type-arg]
            if name == "open" and not files_created(args):
                return
            _steps[0] += 1
            if _steps[0] == _k:
                stop_here(stop)

        watch_steps(monkeypatch, step)
        try:
            with rio.atomic_outputs([folder / n for n in NAMES]) as streams:
                for stream in streams:
                    stream.write("NEW")
        except (KeyboardInterrupt, Ended):
            pass
        monkeypatch.undo()
        after = state(folder)
        assert after in (before, dict.fromkeys(NAMES, "NEW")), (k, after)
        assert not listed(folder)
        if steps[0] < k:  # the set was published before the k-th step: every step was tried
            break
    assert k > 8
