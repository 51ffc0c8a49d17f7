import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { bindScope, parsePort, splitHostPort } from "../../src/shell/servers.js";

function servers(text: string, stage = -1) {
  const { source, document } = parseDockerfile(text);
  const sourceCode = new DockerfileSourceCode(source, document);
  const s = document.stages.at(stage)!;
  return sourceCode.facts.serversStarted(s).map((c) => ({
    server: c.server,
    host: c.host.value,
    scope: c.host.scope,
    hostFrom: c.host.from,
    hostVia: c.host.via,
    hostWord: c.host.word ? text.slice(c.host.word.range[0], c.host.word.range[1]) : null,
    port: c.port.value,
    portFrom: c.port.from,
    fix: c.hostFix
      ? "range" in c.hostFix
        ? `${text.slice(c.hostFix.range[0], c.hostFix.range[1])}->${c.hostFix.text}`
        : `after ${c.hostFix.after.value}: ${c.hostFix.words.join(" ")}`
      : null,
  }));
}

const one = (text: string) => {
  const found = servers(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("servers", () => {
  beforeAll(() => loadShellParser());

  describe("jupyter", () => {
    it("defaults to localhost:8888 and offers --ip=0.0.0.0", () => {
      expect(one('FROM python:3.12\nCMD ["jupyter", "notebook", "--no-browser"]\n')).toMatchObject({
        server: "jupyter",
        host: "localhost",
        scope: "loopback",
        hostFrom: "default",
        port: 8888,
        portFrom: "default",
        fix: "after notebook: --ip=0.0.0.0",
      });
    });
    it("reads --ip=, --ip value, --ServerApp.ip and --NotebookApp.port", () => {
      expect(one('FROM x\nCMD ["jupyter", "lab", "--ip=127.0.0.1", "--NotebookApp.port=9999"]\n')).toMatchObject({
        host: "127.0.0.1",
        scope: "loopback",
        hostWord: '"--ip=127.0.0.1"',
        port: 9999,
        portFrom: "flag",
        fix: "127.0.0.1->0.0.0.0",
      });
      expect(one("FROM x\nCMD jupyter lab --ip 0.0.0.0\n")).toMatchObject({ host: "0.0.0.0", scope: "all" });
      expect(one('FROM x\nCMD ["jupyter-lab", "--ServerApp.ip=*"]\n')).toMatchObject({ host: "*", scope: "all" });
    });
    it("takes exec-form quotes literally: `--ip='*'` is not an address it can bind", () => {
      expect(one(`FROM x\nCMD ["jupyter", "notebook", "--ip='*'", "--port=8888"]\n`)).toMatchObject({
        host: "'*'",
        scope: "other",
        port: 8888,
      });
    });
    it("is not a server for `jupyter notebook list` or `jupyter nbconvert`", () => {
      expect(servers("FROM x\nCMD jupyter notebook list\n")).toEqual([]);
      expect(servers("FROM x\nCMD jupyter nbconvert --execute a.ipynb\n")).toEqual([]);
    });
    it("does not know the address when a config file is written", () => {
      expect(one("FROM x\nCOPY jupyter_notebook_config.py /root/.jupyter/\nCMD jupyter notebook\n")).toMatchObject({ host: null, scope: null });
      expect(one('FROM quay.io/jupyter/scipy-notebook:2024-10-07\nCMD ["jupyter", "lab"]\n')).toMatchObject({ host: null, port: null });
    });
    it("python -m notebook / python -m jupyter lab", () => {
      expect(one('FROM x\nCMD ["python3", "-m", "notebook"]\n')).toMatchObject({ server: "jupyter", fix: "after notebook: --ip=0.0.0.0" });
      expect(one("FROM x\nCMD python -m jupyter lab --port=8000\n")).toMatchObject({ server: "jupyter", port: 8000 });
    });
  });

  describe("flask, django, uvicorn, gunicorn", () => {
    it("flask run: flags, env and the `flask --app x run` form", () => {
      expect(one("FROM x\nCMD flask --app main run\n")).toMatchObject({ host: "127.0.0.1", scope: "loopback", port: 5000, fix: "after run: --host=0.0.0.0" });
      expect(one("FROM x\nCMD flask run -h 0.0.0.0 -p 8080\n")).toMatchObject({ scope: "all", port: 8080 });
      expect(one("FROM x\nENV FLASK_RUN_HOST=0.0.0.0 FLASK_RUN_PORT=80\nCMD flask run\n")).toMatchObject({ scope: "all", hostFrom: "env", port: 80, portFrom: "env" });
      expect(one("FROM x\nCMD FLASK_RUN_HOST=0.0.0.0 flask run\n")).toMatchObject({ scope: "all", hostFrom: "env" });
      expect(one('FROM x\nCMD ["env", "FLASK_RUN_HOST=0.0.0.0", "flask", "run"]\n')).toMatchObject({ scope: "all" });
    });
    it("ARG values do not reach the container; unknown ENV values stay unknown", () => {
      expect(one("FROM x\nARG FLASK_RUN_HOST=0.0.0.0\nCMD flask run\n")).toMatchObject({ scope: "loopback" });
      expect(one("FROM x\nARG H\nENV FLASK_RUN_HOST=$H\nCMD flask run\n")).toMatchObject({ host: null, scope: null });
    });
    it("django runserver: positional [addr:]port", () => {
      expect(one("FROM x\nCMD python manage.py runserver\n")).toMatchObject({ server: "django runserver", scope: "loopback", port: 8000, fix: "after runserver: 0.0.0.0:8000" });
      expect(one('FROM x\nCMD ["python", "manage.py", "runserver", "8080"]\n')).toMatchObject({ scope: "loopback", port: 8080, fix: "->0.0.0.0:" });
      expect(one('FROM x\nCMD ["./manage.py", "runserver", "0:8000"]\n')).toMatchObject({ scope: "all", port: 8000 });
      expect(one("FROM x\nCMD python3 manage.py runserver [::]:8000\n")).toMatchObject({ scope: "all" });
      expect(one("FROM x\nCMD python manage.py runserver localhost:8000\n")).toMatchObject({ scope: "loopback", fix: "localhost->0.0.0.0" });
      expect(servers("FROM x\nCMD python manage.py migrate\n")).toEqual([]);
    });
    it("uvicorn: --host, UVICORN_HOST, unix sockets are not TCP", () => {
      expect(one("FROM x\nCMD uvicorn main:app\n")).toMatchObject({ scope: "loopback", port: 8000, fix: "after uvicorn: --host 0.0.0.0" });
      expect(one("FROM x\nCMD uvicorn main:app --host=0.0.0.0 --port=80\n")).toMatchObject({ scope: "all", port: 80 });
      expect(one("FROM x\nENV UVICORN_HOST=0.0.0.0\nCMD uvicorn main:app\n")).toMatchObject({ scope: "all", hostFrom: "env" });
      expect(servers("FROM x\nCMD uvicorn main:app --uds /tmp/app.sock\n")).toEqual([]);
    });
    it("gunicorn: -b/--bind forms, PORT, config files", () => {
      expect(one("FROM x\nCMD gunicorn app:app\n")).toMatchObject({ scope: "loopback", port: 8000, fix: "after gunicorn: --bind 0.0.0.0:8000" });
      expect(one('FROM x\nCMD ["gunicorn", "-b", "127.0.0.1:9000", "app:app"]\n')).toMatchObject({ scope: "loopback", port: 9000, fix: "127.0.0.1->0.0.0.0" });
      expect(one("FROM x\nCMD gunicorn --bind=:8080 app:app\n")).toMatchObject({ host: "", scope: "all", port: 8080 });
      expect(one("FROM x\nCMD gunicorn -b 0.0.0.0 app:app\n")).toMatchObject({ scope: "all", port: 8000 });
      expect(one("FROM x\nENV PORT=8080\nCMD exec gunicorn --bind :$PORT app:app\n")).toMatchObject({ scope: "all", port: 8080 });
      expect(one("FROM x\nCMD exec gunicorn --bind :$PORT app:app\n")).toMatchObject({ scope: null, port: null });
      expect(one("FROM x\nENV PORT=5000\nCMD gunicorn app:app\n")).toMatchObject({ scope: "all", hostFrom: "env", port: 5000 });
      expect(one("FROM x\nCMD gunicorn -c gunicorn.conf.py app:app\n")).toMatchObject({ scope: null, port: null });
      expect(servers("FROM x\nCMD gunicorn -b unix:/run/app.sock app:app\n")).toEqual([]);
    });
  });

  describe("other servers", () => {
    it("streamlit and http.server listen everywhere by default", () => {
      expect(one("FROM x\nCMD streamlit run app.py\n")).toMatchObject({ scope: "all", port: 8501 });
      expect(one("FROM x\nCMD streamlit run app.py --server.address=localhost --server.port 8000\n")).toMatchObject({ scope: "loopback", port: 8000, fix: "localhost->0.0.0.0" });
      expect(one("FROM x\nCMD python -m http.server 9000\n")).toMatchObject({ server: "http.server", scope: "all", port: 9000 });
      expect(one("FROM x\nCMD python3 -m http.server --bind 127.0.0.1\n")).toMatchObject({ scope: "loopback", port: 8000 });
    });
    it("rails: localhost only in development", () => {
      expect(one("FROM x\nCMD bundle exec rails s\n")).toMatchObject({ server: "rails server", scope: "loopback", port: 3000, fix: "after s: -b 0.0.0.0" });
      expect(one("FROM x\nENV RAILS_ENV=production\nCMD rails server\n")).toMatchObject({ scope: "all" });
      expect(one('FROM x\nCMD ["rails", "server", "-b", "0.0.0.0", "-p", "4000"]\n')).toMatchObject({ scope: "all", port: 4000 });
      expect(one("FROM x\nCMD rails server -e production\n")).toMatchObject({ scope: "all" });
    });
    it("php -S, vite, next, ng", () => {
      expect(one("FROM x\nCMD php -S localhost:8000 -t public\n")).toMatchObject({ scope: "loopback", port: 8000, fix: "localhost->0.0.0.0" });
      expect(servers("FROM x\nCMD php artisan queue:work\n")).toEqual([]);
      expect(one('FROM x\nCMD ["npx", "vite"]\n')).toMatchObject({ server: "vite", scope: "loopback", port: 5173, fix: "after vite: --host 0.0.0.0" });
      expect(one("FROM x\nCMD vite --host\n")).toMatchObject({ scope: "all" });
      expect(one("FROM x\nCMD vite preview --port 8080\n")).toMatchObject({ server: "vite preview", scope: "loopback", port: 8080 });
      expect(servers("FROM x\nCMD vite build\n")).toEqual([]);
      expect(one("FROM x\nCMD next start\n")).toMatchObject({ scope: "all", port: 3000 });
      expect(one("FROM x\nENV PORT=8080\nCMD next start -H localhost\n")).toMatchObject({ scope: "loopback", port: 8080, portFrom: "env" });
      expect(one("FROM x\nCMD ng serve --port 4300\n")).toMatchObject({ scope: "loopback", port: 4300 });
    });
    it("tensorboard, mlflow, mkdocs, jekyll, hugo", () => {
      expect(one("FROM x\nCMD tensorboard --logdir /logs\n")).toMatchObject({ scope: "loopback", port: 6006 });
      expect(one("FROM x\nCMD tensorboard --logdir /logs --bind_all\n")).toMatchObject({ scope: "all" });
      expect(one("FROM x\nCMD mlflow ui --host 0.0.0.0\n")).toMatchObject({ scope: "all", port: 5000 });
      expect(one("FROM x\nCMD mkdocs serve\n")).toMatchObject({ scope: "loopback", port: 8000, fix: "after serve: --dev-addr=0.0.0.0:8000" });
      expect(one("FROM x\nCMD mkdocs serve -a 0.0.0.0:8001\n")).toMatchObject({ scope: "all", port: 8001 });
      expect(one("FROM x\nCMD bundle exec jekyll serve -H 0.0.0.0\n")).toMatchObject({ scope: "all", port: 4000 });
      expect(one("FROM x\nCMD hugo server\n")).toMatchObject({ scope: "loopback", port: 1313 });
    });
    it("is not a server: scripts and unknown programs", () => {
      expect(servers("FROM x\nCMD python app.py\n")).toEqual([]);
      expect(servers("FROM x\nCMD node server.js\n")).toEqual([]);
      expect(servers('FROM x\nCMD ["python", "-c", "import http.server"]\n')).toEqual([]);
    });
  });

  describe("the command a container runs", () => {
    it("joins exec-form ENTRYPOINT and CMD, through tini", () => {
      expect(one('FROM x\nENTRYPOINT ["tini", "--", "jupyter"]\nCMD ["notebook", "--port=9000"]\n')).toMatchObject({ server: "jupyter", port: 9000, fix: "after notebook: --ip=0.0.0.0" });
      expect(one('FROM x\nENTRYPOINT ["flask"]\nCMD ["run", "--host", "0.0.0.0"]\n')).toMatchObject({ scope: "all" });
    });
    it("runs a shell-form CMD under a wrapper ENTRYPOINT, and ignores CMD under a shell-form ENTRYPOINT", () => {
      expect(one('FROM x\nENTRYPOINT ["tini", "--"]\nCMD uvicorn main:app\n')).toMatchObject({ server: "uvicorn" });
      expect(servers("FROM x\nENTRYPOINT ./start.sh\nCMD uvicorn main:app\n")).toEqual([]);
    });
    it("`ENTRYPOINT []` leaves CMD alone", () => {
      expect(one('FROM x\nENTRYPOINT []\nCMD ["flask", "run"]\n')).toMatchObject({ server: "flask run", scope: "loopback" });
    });
    it("an unknown ENTRYPOINT script hides what CMD does", () => {
      expect(servers('FROM x\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["uvicorn", "main:app"]\n')).toEqual([]);
    });
    it("takes a variable from the command's own line before the image's ENV: its prefix over an earlier export; an env that runs another command does not count", () => {
      expect(one("FROM x\nENV PORT=5000\nCMD export PORT=9000 && PORT=7000 gunicorn app:app\n")).toMatchObject({ port: 7000, hostVia: "PORT", scope: "all" });
      expect(one("FROM x\nCMD env PORT=9000 true && gunicorn app:app\n")).toMatchObject({ port: 8000, scope: "loopback" });
      expect(one("FROM x\nCMD env PORT=9000 gunicorn app:app\n")).toMatchObject({ port: 9000, scope: "all" });
    });
    it("finds servers inside sh -c and after setup commands", () => {
      expect(one('FROM x\nCMD ["sh", "-c", "python manage.py migrate && python manage.py runserver"]\n')).toMatchObject({ server: "django runserver", scope: "loopback" });
    });
    it("inherits CMD through FROM <stage>; a new ENTRYPOINT clears the inherited CMD", () => {
      const text = "FROM python AS base\nCMD flask run\nFROM base AS dev\nENV FLASK_RUN_HOST=0.0.0.0\nFROM base AS other\nENTRYPOINT [\"tini\", \"--\"]\n";
      expect(servers(text, 0)).toMatchObject([{ scope: "loopback" }]);
      expect(servers(text, 1)).toMatchObject([{ scope: "all" }]);
      const { source, document } = parseDockerfile(text);
      const code = new DockerfileSourceCode(source, document);
      expect(code.facts.startup(document.stages[2]).cmd).toBeNull();
    });
  });

  it("bindScope, splitHostPort, parsePort", () => {
    expect(["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"].map(bindScope)).toEqual(Array(5).fill("loopback"));
    expect(["0.0.0.0", "::", "[::]", "*", "", "0"].map(bindScope)).toEqual(Array(6).fill("all"));
    expect(["10.0.0.5", "'*'", "example.com"].map(bindScope)).toEqual(Array(3).fill("other"));
    expect(splitHostPort("[::1]:80")).toEqual({ host: "[::1]", port: "80" });
    expect(splitHostPort("tcp://0.0.0.0:80")).toEqual({ host: "0.0.0.0", port: "80" });
    expect(splitHostPort("8000", true)).toEqual({ host: null, port: "8000" });
    expect(splitHostPort("unix:/tmp/s")).toBe("not-tcp");
    expect([parsePort("80"), parsePort("0"), parsePort("70000"), parsePort("$PORT")]).toEqual([80, null, null, null]);
  });

});
