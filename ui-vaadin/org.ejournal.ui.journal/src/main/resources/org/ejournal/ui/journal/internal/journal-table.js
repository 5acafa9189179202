// The journal table's client side: spreadsheet-like keyboard entry on a plain HTML table.
// Run by JournalTable through Element.executeJs with `this` = the table's host <div>. Installs the
// listeners once per element (event delegation on the host, so a re-rendered table needs no new
// listeners), then indexes the cells of the table just rendered. Every change goes to the server
// through this.$server.edit(row, col, text), whose promise resolves to the cells to redraw.
const host = this;
if (!host.ejInstalled) {
  host.ejInstalled = true;
  host.ejActive = null;
  host.ejEditor = null;

  const STATES = ['ej-saving', 'ej-saved', 'ej-error', 'ej-conflict'];
  const bubble = () => host.querySelector('.ej-bubble');
  const line = () => host.querySelector('.ej-line');
  const editable = (td) => host.dataset.editable === 'true' && td && !td.classList.contains('ej-ro');
  const cellAt = (r, c) => (host.ejCells[r] || [])[c] || null;

  function showMessage(td) {
    const b = bubble();
    if (!b) return;
    const msg = td && td.dataset.msg;
    if (!msg) { b.hidden = true; b.textContent = ''; return; }
    b.textContent = msg;
    b.className = 'ej-bubble ' + (td.classList.contains('ej-conflict') ? 'ej-bubble-conflict' : 'ej-bubble-error');
    b.hidden = false;
    const box = host.querySelector('.ej-scroll');
    b.style.left = (box.offsetLeft + td.offsetLeft - box.scrollLeft) + 'px';
    b.style.top = (box.offsetTop + td.offsetTop + td.offsetHeight - box.scrollTop + 2) + 'px';
  }

  function showLine(td) {
    const l = line();
    if (!l || !td) return;
    const th = host.querySelector('th[data-c="' + td.dataset.c + '"]');
    l.textContent = th ? (th.title || '') : '';
  }

  function activate(td, focus) {
    if (!td) return;
    if (host.ejActive && host.ejActive !== td) {
      host.ejActive.classList.remove('ej-active');
      host.ejActive.tabIndex = -1;
    }
    host.ejActive = td;
    td.classList.add('ej-active');
    td.tabIndex = 0; // roving tab stop: Tab into the table comes back here
    if (focus !== false) td.focus();
    showLine(td);
    showMessage(td);
  }

  function move(dr, dc) {
    const td = host.ejActive;
    if (!td) return;
    let r = +td.dataset.r, c = +td.dataset.c;
    if (dr !== 0) {
      r += dr;
      if (cellAt(r, c)) {
        activate(cellAt(r, c));
      } else if (r < 0) {
        // above the first row: the column header (Enter opens the lesson)
        const th = host.querySelector('th[data-c="' + c + '"]');
        if (th) { th.tabIndex = -1; th.focus(); }
      }
      return;
    }
    // left/right skip columns without cells (the average); Tab wraps to the next row
    for (let cc = c + dc; cc >= 0 && cc <= host.ejMaxCol; cc += dc) {
      if (cellAt(r, cc)) { activate(cellAt(r, cc)); return; }
    }
  }

  // Tab moves right and wraps to the next row; false at the table's last cell (Tab then leaves it).
  function tab(back) {
    const before = host.ejActive;
    if (!before) return false;
    move(0, back ? -1 : 1);
    if (host.ejActive !== before) return true;
    const r = +before.dataset.r + (back ? -1 : 1);
    const row = host.ejCells[r];
    if (!row) return false;
    const cols = Object.keys(row).map(Number).sort((a, b) => a - b);
    activate(row[back ? cols[cols.length - 1] : cols[0]]);
    return true;
  }

  function setState(td, state) {
    STATES.forEach(s => td.classList.remove(s));
    if (state) td.classList.add('ej-' + state);
  }

  // One redraw instruction from the server: {r, c, t: text, s: state, m: message, k: extra classes}.
  function apply(u) {
    const td = cellAt(u.r, u.c);
    if (!td) {
      // a cell that is only shown (the average)
      const info = host.querySelector('tr[data-r="' + u.r + '"] td[data-i="' + u.c + '"]');
      if (info) {
        info.textContent = u.t == null ? '' : u.t;
        if (u.m) info.title = u.m; else info.removeAttribute('title');
      }
      return;
    }
    if (host.ejEditor && host.ejEditor.td === td) return; // the user is typing here again
    td.textContent = u.t == null ? '' : u.t;
    if (u.k != null) {
      td.className = u.k;
      if (td === host.ejActive) td.classList.add('ej-active');
    }
    setState(td, u.s);
    if (u.m) { td.dataset.msg = u.m; td.title = u.m; } else { delete td.dataset.msg; td.removeAttribute('title'); }
    if (td === host.ejActive) showMessage(td);
  }
  host.ejApply = (updates) => { (updates || []).forEach(apply); };

  function send(td, text) {
    setState(td, 'saving');
    td.textContent = text;
    delete td.dataset.msg;
    if (td === host.ejActive) showMessage(td);
    host.$server.edit(+td.dataset.r, +td.dataset.c, text).then(host.ejApply,
      () => { setState(td, 'error'); });
  }

  function startEdit(td, initial) {
    if (!editable(td)) { showMessage(td); return; }
    const input = document.createElement('input');
    input.className = 'ej-input';
    input.setAttribute('maxlength', '12');
    const before = td.textContent;
    input.value = initial == null ? before : initial;
    td.textContent = '';
    td.appendChild(input);
    host.ejEditor = { td, input, before };
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  function endEdit(commit) {
    const ed = host.ejEditor;
    if (!ed) return;
    host.ejEditor = null;
    const text = ed.input.value.trim();
    ed.input.remove();
    if (commit && text !== ed.before) {
      send(ed.td, text);
    } else {
      ed.td.textContent = ed.before;
    }
  }

  host.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    const ed = host.ejEditor;
    if (ed) {
      switch (e.key) {
        case 'Enter': e.preventDefault(); endEdit(true); activate(ed.td); move(1, 0); return;
        case 'Tab': e.preventDefault(); endEdit(true); activate(ed.td); tab(e.shiftKey); return;
        case 'ArrowUp': e.preventDefault(); endEdit(true); activate(ed.td); move(-1, 0); return;
        case 'ArrowDown': e.preventDefault(); endEdit(true); activate(ed.td); move(1, 0); return;
        case 'Escape': e.preventDefault(); endEdit(false); activate(ed.td); return;
        default: return; // the input takes letters, digits, '/', Backspace, caret keys
      }
    }
    const th = e.target.closest && e.target.closest('th[data-c]');
    if (th && host.contains(th)) {
      const c = +th.dataset.c;
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); host.$server.header(c); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); activate(cellAt(0, c)); }
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        const step = e.key === 'ArrowLeft' ? -1 : 1;
        for (let cc = c + step; cc >= 0 && cc <= host.ejMaxCol; cc += step) {
          const next = host.querySelector('th[data-c="' + cc + '"]');
          if (next) { next.tabIndex = -1; next.focus(); break; }
        }
      }
      return;
    }
    const td = host.ejActive;
    if (!td || !host.contains(td)) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyZ') {
      if (host.dataset.editable === 'true') {
        e.preventDefault();
        host.$server.undo().then(host.ejApply);
      }
      return;
    }
    switch (e.key) {
      case 'ArrowUp': e.preventDefault(); move(-1, 0); return;
      case 'ArrowDown': case 'Enter': e.preventDefault(); move(1, 0); return;
      case 'ArrowLeft': e.preventDefault(); move(0, -1); return;
      case 'ArrowRight': e.preventDefault(); move(0, 1); return;
      case 'Tab': if (tab(e.shiftKey)) e.preventDefault(); return;
      case 'F2': e.preventDefault(); startEdit(td, null); return;
      case 'Delete': case 'Backspace':
        e.preventDefault();
        if (editable(td) && td.textContent !== '') send(td, '');
        return;
      default:
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
          e.preventDefault();
          startEdit(td, e.key);
        }
    }
  });

  host.addEventListener('focusout', (e) => {
    const ed = host.ejEditor;
    if (ed && e.target === ed.input) {
      endEdit(true);
    }
  });

  host.addEventListener('mousedown', (e) => {
    const td = e.target.closest('td[data-c]');
    if (td && host.contains(td) && !(host.ejEditor && host.ejEditor.td === td)) {
      activate(td, false);
    }
  });
  host.addEventListener('focusin', (e) => {
    const td = e.target.closest && e.target.closest('td[data-c]');
    if (td && td !== host.ejActive) activate(td, false);
  });
  host.addEventListener('dblclick', (e) => {
    const td = e.target.closest('td[data-c]');
    if (td) startEdit(td, null);
  });
  host.addEventListener('contextmenu', (e) => {
    const td = e.target.closest('td[data-c]');
    if (!td || host.dataset.history !== 'true') return;
    e.preventDefault();
    activate(td);
    host.$server.history(+td.dataset.r, +td.dataset.c);
  });
  host.addEventListener('click', (e) => {
    const th = e.target.closest('th[data-c]');
    if (th && host.contains(th)) host.$server.header(+th.dataset.c);
  });

  // A column copied from Excel: one value per line, filled down from the active cell.
  host.addEventListener('paste', (e) => {
    if (host.ejEditor || !host.ejActive || host.dataset.editable !== 'true') return;
    const text = (e.clipboardData || window.clipboardData).getData('text');
    if (!text) return;
    e.preventDefault();
    const lines = text.replace(/\r/g, '').split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const start = host.ejActive;
    let r = +start.dataset.r;
    const c = +start.dataset.c;
    for (const l of lines) {
      const td = cellAt(r, c);
      if (!td) break;
      const value = l.split('\t')[0].trim();
      if (editable(td) && value !== td.textContent) send(td, value);
      r++;
    }
  });

  // The history of the active cell (the toolbar button calls this).
  host.ejHistory = () => {
    const td = host.ejActive;
    if (td) host.$server.history(+td.dataset.r, +td.dataset.c);
  };

  host.ejIndex = () => {
    host.ejCells = [];
    host.ejMaxCol = 0;
    host.ejActive = null;
    host.ejEditor = null;
    let first = null;
    host.querySelectorAll('tbody tr[data-r]').forEach((tr) => {
      const r = +tr.dataset.r;
      const sid = tr.dataset.sid;
      const row = {};
      tr.querySelectorAll('td[data-c]').forEach((td) => {
        const c = +td.dataset.c;
        td.dataset.r = r;
        td.tabIndex = -1;
        td.id = (td.classList.contains('journal-final') ? 'journal-final-' + sid : 'journal-cell-' + sid + '-' + c);
        row[c] = td;
        if (!first) first = td;
        if (c > host.ejMaxCol) host.ejMaxCol = c;
      });
      host.ejCells[r] = row;
    });
    if (first) first.tabIndex = 0;
    const b = bubble();
    if (b) b.hidden = true;
  };
}
host.ejIndex();
