-- A real LSP client: headless Neovim starts `noteaudit lsp` for the note it opened, waits for the
-- pushed diagnostics and writes them to stdout, one a line ("line:col: severity [code] message"),
-- then quits (Neovim sends shutdown and exit). Run by Scripts/test-neovim.sh:
--
--   NOTEAUDIT_BIN=.build/debug/noteaudit nvim --headless --clean -u Tests/EditorClients/neovim.lua NOTE
--
-- Works with Neovim 0.7 (Debian 12: vim.lsp.start_client) and 0.8+ (vim.lsp.start).
local function out(line) io.stdout:write(line .. "\n") end

local function fail(message)
  out("FAIL: " .. message)
  vim.cmd("cquit 1")
end

local function run()
  local bin = os.getenv("NOTEAUDIT_BIN")
  if not bin or bin == "" then return fail("NOTEAUDIT_BIN is not set") end
  local buf = vim.api.nvim_get_current_buf()
  local config = { name = "noteaudit", cmd = { bin, "lsp" }, root_dir = vim.fn.getcwd() }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    if client_id then vim.lsp.buf_attach_client(buf, client_id) end
  end
  if not client_id then return fail("the server did not start") end
  local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  if not ok then return fail("no diagnostics within 15 s") end
  local names = { "error", "warning", "info", "hint" }
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
    local message = (d.message or ""):gsub("\n.*", "")
    out(string.format("%d:%d: %s [%s] %s", d.lnum + 1, d.col + 1, names[d.severity] or "?", code, message))
  end
  -- The server answers hover on a detected phrase ("tolerated treatment well" on line 3).
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 75 } }
  local answers = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 5000) or {}
  for _, answer in pairs(answers) do
    if answer.result and answer.result.contents then
      out("hover: " .. (answer.result.contents.value or ""):gsub("\n", " "))
    end
  end
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  vim.cmd("qa!")
end

vim.api.nvim_create_autocmd("VimEnter", { callback = function() vim.schedule(run) end })
