// wallet.mjs plays a patient's browser wallet for the backend's tests: it
// composes Sign-In with Ethereum messages with the `siwe` package and signs
// them, and EIP-712 typed data, with ethers.js — the same code paths a dapp
// and MetaMask-like wallet use. One JSON request on stdin, one JSON answer
// on stdout.
//
//   {"op":"address","key":"0x…"}                           -> {"address"}
//   {"op":"siwe","key":"0x…","domain","uri","chainId","nonce","statement","issuedAt","expirationTime"}
//                                                          -> {"message","signature"}
//   {"op":"typed","key":"0x…","typedData":{types,primaryType,domain,message}}
//                                                          -> {"signature","digest"}
import { Wallet, TypedDataEncoder } from "ethers";
import { SiweMessage } from "siwe";

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function main() {
  const req = await readStdin();
  const wallet = new Wallet(req.key);
  switch (req.op) {
    case "address":
      return { address: wallet.address };
    case "siwe": {
      const msg = new SiweMessage({
        domain: req.domain,
        address: wallet.address,
        statement: req.statement || undefined,
        uri: req.uri,
        version: "1",
        chainId: req.chainId,
        nonce: req.nonce,
        issuedAt: req.issuedAt || new Date().toISOString(),
        expirationTime: req.expirationTime || undefined,
      });
      const message = msg.prepareMessage();
      // personal_sign, as a wallet signs a SIWE message.
      const signature = await wallet.signMessage(message);
      return { message, signature };
    }
    case "typed": {
      const { types, primaryType, domain, message } = req.typedData;
      const rest = { ...types };
      delete rest.EIP712Domain; // ethers derives the domain type itself
      const signature = await wallet.signTypedData(domain, rest, message);
      const digest = TypedDataEncoder.hash(domain, rest, message);
      if (primaryType && TypedDataEncoder.from(rest).primaryType !== primaryType) {
        throw new Error(`primary type ${primaryType} is not ${TypedDataEncoder.from(rest).primaryType}`);
      }
      return { signature, digest };
    }
    default:
      throw new Error(`unknown op ${req.op}`);
  }
}

main().then(
  (out) => process.stdout.write(JSON.stringify(out) + "\n"),
  (err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
    process.exit(1);
  },
);
