-- Neovim's built-in LSP client against docklint --lsp (run by neovim-lsp.sh, headless): attach to
-- the Dockerfile given on the command line, wait for the server's diagnostics, apply its fix-all
-- code action, and write what the editor got to $OUT as JSON for neovim-lsp-check.mjs. Written
-- for Debian 12's Neovim 0.7 (vim.lsp.start_client; vim.lsp.start came in 0.8).
local out = assert(os.getenv("OUT"), "OUT: where to write the JSON")
local server = assert(os.getenv("DOCKLINT"), "DOCKLINT: the built dist/cli.cjs")
local GUARD_MS = 30000

local function write(result)
  local file = assert(io.open(out, "w"))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local published
  local client = vim.lsp.start_client({
    name = "docklint",
    cmd = { "node", server, "--lsp" },
    root_dir = vim.fn.getcwd(),
    handlers = {
      -- keep the notification as the server sent it (vim.diagnostic turns columns into bytes)
      ["textDocument/publishDiagnostics"] = function(err, params, ctx, config)
        published = params
        vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
  })
  vim.lsp.buf_attach_client(buf, client)
  if not vim.wait(GUARD_MS, function() return published ~= nil end, 20) then error("no diagnostics from docklint --lsp") end
  local result = { published = published, shown = #vim.diagnostic.get(buf) }

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { "source.fixAll" } },
  }
  local responses = assert(vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, GUARD_MS), "no answer to codeAction")
  local actions = responses[client].result or {}
  result.actions = vim.tbl_map(function(action) return { title = action.title, kind = action.kind } end, actions)
  vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16")
  result.fixed = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, true), "\n") .. "\n"

  vim.lsp.stop_client(client)
  return result
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local ok, result = pcall(run)
    if ok then
      write(result)
      vim.cmd("qall!")
    else
      write({ error = tostring(result) })
      vim.cmd("cquit")
    end
  end,
})
