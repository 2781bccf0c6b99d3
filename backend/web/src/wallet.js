// wallet.js: the patient's EIP-1193 wallet (MetaMask and the like), through
// window.ethereum. The page asks it for the account, the network, a
// personal_sign of the Sign-In with Ethereum message and eth_signTypedData_v4
// of grants and revocations. Errors become WalletError with a sentence for
// the patient.
import { getAddress } from "ethers/address";
import { hexlify, toUtf8Bytes } from "ethers/utils";

/** WalletError is a wallet failure worded for the patient; code is EIP-1193's. */
export class WalletError extends Error {
  constructor(message, code, cause) {
    super(message);
    this.name = "WalletError";
    this.code = code;
    this.cause = cause;
  }
}

// NETWORKS names the public networks a wallet is most often left on.
const NETWORKS = {
  1: "Ethereum Mainnet",
  10: "OP Mainnet",
  56: "BNB Smart Chain",
  137: "Polygon",
  8453: "Base",
  42161: "Arbitrum One",
  11155111: "Sepolia",
};

/** chainName shows a chain id the way a wallet's network settings do. */
function chainName(id) {
  return NETWORKS[id] ? `${NETWORKS[id]} (network ${id})` : `network ${id}`;
}

/**
 * describe words an error from the wallet. doing says what the patient was
 * asked to do ("sign in", "share your records", ...).
 */
export function describe(err, doing, wantChain) {
  if (err instanceof WalletError) return err;
  const code = err && typeof err === "object" ? err.code : undefined;
  const raw = err && err.message ? String(err.message) : String(err);
  let message;
  switch (code) {
    case 4001:
    case "ACTION_REJECTED":
      message = `You declined the request in your wallet, so nothing was signed and nothing changed. To ${doing}, try again and approve it in your wallet.`;
      break;
    case 4100:
      message = "Your wallet has not allowed this page to use your account. Open your wallet, allow this site, and try again.";
      break;
    case 4200:
      message = "Your wallet cannot do what this page asks. Please use a wallet that supports signing typed data, such as MetaMask.";
      break;
    case 4900:
    case 4901:
      message = "Your wallet is not connected to a network. Open your wallet, check its connection and try again.";
      break;
    case 4902:
      message = `Your wallet does not know the Salus network (network ${wantChain}) yet. Add it in your wallet's network settings — your care provider can tell you the settings — and try again.`;
      break;
    case -32002:
      message = "Your wallet already has a request waiting for you. Open your wallet to answer it.";
      break;
    default:
      message = `Your wallet reported a problem: ${raw}`;
  }
  return new WalletError(message, code, err);
}

/** provider returns the browser's EIP-1193 provider, or null. */
export function provider() {
  return typeof window !== "undefined" && window.ethereum && typeof window.ethereum.request === "function"
    ? window.ethereum
    : null;
}

function need() {
  const p = provider();
  if (!p) {
    throw new WalletError(
      "No wallet was found in this browser. Install a wallet such as MetaMask, or open this page in your wallet app's browser, then reload the page.",
      "NO_WALLET",
    );
  }
  return p;
}

/** connect asks the wallet for the patient's account and returns it checksummed. */
export async function connect() {
  const p = need();
  let accounts;
  try {
    accounts = await p.request({ method: "eth_requestAccounts" });
  } catch (err) {
    throw describe(err, "sign in");
  }
  if (!Array.isArray(accounts) || accounts.length === 0) {
    throw new WalletError("Your wallet did not share an account. Unlock your wallet, choose an account and try again.", "NO_ACCOUNT");
  }
  return getAddress(accounts[0]);
}

/** chainId returns the wallet's current network as a number. */
export async function chainId() {
  const p = need();
  try {
    return Number(BigInt(await p.request({ method: "eth_chainId" })));
  } catch (err) {
    throw describe(err, "continue");
  }
}

/**
 * ensureChain makes sure the wallet is on network want, asking it to switch
 * if not. MetaMask-like wallets refuse to sign typed data for another network
 * than the one they are on.
 */
export async function ensureChain(want) {
  const have = await chainId();
  if (have === want) return;
  const p = need();
  try {
    await p.request({ method: "wallet_switchEthereumChain", params: [{ chainId: `0x${want.toString(16)}` }] });
  } catch (err) {
    const code = err && err.code;
    if (code === 4001) {
      throw new WalletError(
        `Your wallet is on ${chainName(have)}, not on the Salus network (network ${want}), and switching was declined. Switch to the Salus network in your wallet and try again.`,
        "WRONG_CHAIN",
        err,
      );
    }
    if (code === 4902) throw describe(err, "continue", want);
    throw new WalletError(
      `Your wallet is on ${chainName(have)}, not on the Salus network (network ${want}). Switch to the Salus network in your wallet and try again.`,
      "WRONG_CHAIN",
      err,
    );
  }
  const now = await chainId();
  if (now !== want) {
    throw new WalletError(
      `Your wallet is still on ${chainName(now)}, not on the Salus network (network ${want}). Switch to the Salus network in your wallet and try again.`,
      "WRONG_CHAIN",
    );
  }
}

/** personalSign has the wallet sign a text message (EIP-191) for address. */
export async function personalSign(address, message, doing) {
  const p = need();
  try {
    return await p.request({ method: "personal_sign", params: [hexlify(toUtf8Bytes(message)), address] });
  } catch (err) {
    throw describe(err, doing);
  }
}

/**
 * signTypedData has the wallet show and sign EIP-712 typed data (as the API
 * returns it: types with EIP712Domain, primaryType, domain, message).
 */
export async function signTypedData(address, typedData, doing) {
  const p = need();
  try {
    return await p.request({ method: "eth_signTypedData_v4", params: [address, JSON.stringify(typedData)] });
  } catch (err) {
    throw describe(err, doing, Number(typedData.domain && typedData.domain.chainId));
  }
}

/** onChange calls f when the wallet's account or network changes. */
export function onChange(f) {
  const p = provider();
  if (!p || typeof p.on !== "function") return;
  p.on("accountsChanged", (accounts) => f("accounts", accounts));
  p.on("chainChanged", (id) => f("chain", id));
}
