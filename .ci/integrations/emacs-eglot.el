;;; emacs-eglot.el --- docklint --lsp with Emacs's eglot as the client, as docs/language-server.md sets it up
;; Reads the elisp snippet of the docs' "Emacs (eglot)" section and evaluates it as a user would,
;; opens the Dockerfile given on the command line in dockerfile-mode, starts eglot with the server
;; that snippet names, waits for flymake's diagnostics and writes them to $OUT, one per line:
;; LINE<TAB>TYPE<TAB>TEXT. Any failure is written there instead, as ERROR<TAB>message.
(require 'eglot)
(require 'dockerfile-mode)
(defun docklint-ci--out (text)
  (with-temp-file (getenv "OUT") (insert text)))
(condition-case err
    (let* ((docs (with-temp-buffer
                   (insert-file-contents (getenv "DOCS"))
                   (buffer-string)))
           (section (substring docs (string-match "^## Emacs (eglot)" docs)))
           (start (+ (string-match "```elisp\n" section) (length "```elisp\n")))
           (snippet (substring section start (string-match "^```$" section start))))
      (eval (car (read-from-string (concat "(progn " snippet ")"))) t)
      (setq eglot-sync-connect t)
      (find-file (car command-line-args-left))
      (setq command-line-args-left nil)
      (dockerfile-mode)
      (apply #'eglot (eglot--guess-contact))
      (let ((deadline (+ (float-time) 60)))
        (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
          (flymake-start)
          (accept-process-output nil 0.1)))
      (docklint-ci--out
       (mapconcat (lambda (d)
                    (format "%d\t%s\t%s" (line-number-at-pos (flymake-diagnostic-beg d))
                            (flymake-diagnostic-type d) (flymake-diagnostic-text d)))
                  (flymake-diagnostics) "\n")))
  (error (docklint-ci--out (format "ERROR\t%S" err))))
(kill-emacs 0)
