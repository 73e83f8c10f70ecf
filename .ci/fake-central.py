"""A stand-in for Central's publisher API on loopback, for .ci/release-dry-run.

It accepts the bundle that central-publishing-maven-plugin uploads (POST /api/v1/publisher/upload),
keeps it as bundle.zip in the directory given, and reports the deployment VALIDATED to the status
poll (POST /api/v1/publisher/status), as Central does for a deployment that waits to be published
by hand. Usage: python3 fake-central.py DIR; prints the port it listens on, serves until killed.
"""
import email.parser
import email.policy
import http.server
import json
import os
import sys

OUT = sys.argv[1]
DEPLOYMENT = "00000000-0000-0000-0000-000000000000"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path.startswith("/api/v1/publisher/upload"):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
                b"Content-Type: " + self.headers["Content-Type"].encode() + b"\r\n\r\n" + body)
            bundle = next(p for p in message.iter_parts() if p.get_param("name", header="content-disposition") == "bundle")
            with open(os.path.join(OUT, "bundle.zip"), "wb") as f:
                f.write(bundle.get_payload(decode=True))
            self.reply(201, DEPLOYMENT, "text/plain")
        elif self.path.startswith("/api/v1/publisher/status"):
            self.reply(200, json.dumps({"deploymentId": DEPLOYMENT, "deploymentName": "dry run",
                                        "deploymentState": "VALIDATED", "purls": []}),
                       "application/json")
        else:
            self.reply(404, "not found", "text/plain")

    def reply(self, status, body, kind):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        with open(os.path.join(OUT, "requests.log"), "a") as f:
            f.write("%s %s\n" % (self.command, self.path))


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
