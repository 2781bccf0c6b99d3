// signin.js: Sign-In with Ethereum (EIP-4361). The server's challenge
// (GET /v1/auth/nonce) says the domain, URI, chain, statement and nonce; the
// siwe package composes the message, the wallet signs it with personal_sign,
// and POST /v1/auth/siwe turns it into a session token.
import { SiweMessage } from "siwe";
import * as wallet from "./wallet.js";

/** SignInError is a sign-in refusal worded for the patient. */
export class SignInError extends Error {
  constructor(message) {
    super(message);
    this.name = "SignInError";
  }
}

/**
 * signIn runs the whole sign-in and returns the session {token, address,
 * expiresAt}. progress(text) reports each step.
 */
export async function signIn(api, progress) {
  progress("Connecting to your wallet…");
  const address = await wallet.connect();
  const challenge = await api.get("/v1/auth/nonce");
  if (challenge.domain !== window.location.host) {
    // The wallet would rightly warn that the message is for another site.
    throw new SignInError(
      `This page is open at ${window.location.host}, but Salus signs you in for ${challenge.domain}. Open ${new URL("/app", challenge.uri).href} and sign in there.`,
    );
  }
  progress("Checking your wallet's network…");
  await wallet.ensureChain(Number(challenge.chainId));
  const message = new SiweMessage({
    domain: challenge.domain,
    address,
    statement: challenge.statement || undefined,
    uri: challenge.uri,
    version: "1",
    chainId: Number(challenge.chainId),
    nonce: challenge.nonce,
    issuedAt: new Date().toISOString(),
  }).prepareMessage();
  progress("Please sign the sign-in message in your wallet. It costs nothing and changes nothing.");
  const signature = await wallet.personalSign(address, message, "sign in");
  progress("Checking your signature…");
  const session = await api.post("/v1/auth/siwe", { message, signature });
  if (session.address.toLowerCase() !== address.toLowerCase()) {
    throw new SignInError("The server signed in another account than your wallet's. Please reload the page and try again.");
  }
  return session;
}
