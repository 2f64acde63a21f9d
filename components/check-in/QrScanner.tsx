"use client";

import jsQR from "jsqr";
import { useEffect, useRef, useState } from "react";

// Scanning with the phone's camera: the browser's BarcodeDetector where it has one, jsQR on the video's frames
// everywhere else. The same code seen again within a few seconds is one scan.

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

const SAME_CODE_PAUSE_MS = 4000;

export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer = 0;
    const last = { code: "", at: 0 };
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const Native = (window as unknown as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
    const detector = Native ? new Native({ formats: ["qr_code"] }) : null;

    const found = (text: string) => {
      const now = Date.now();
      if (text === last.code && now - last.at < SAME_CODE_PAUSE_MS) return;
      last.code = text;
      last.at = now;
      onCodeRef.current(text);
    };

    const tick = async () => {
      const element = video.current;
      if (stopped || !element) return;
      if (element.readyState >= 2 && element.videoWidth > 0) {
        try {
          if (detector) {
            const codes = await detector.detect(element);
            if (codes[0]) found(codes[0].rawValue);
          } else if (context) {
            canvas.width = element.videoWidth;
            canvas.height = element.videoHeight;
            context.drawImage(element, 0, 0);
            const image = context.getImageData(0, 0, canvas.width, canvas.height);
            const code = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
            if (code?.data) found(code.data);
          }
        } catch {
          // A frame that cannot be read: try the next.
        }
      }
      timer = window.setTimeout(() => void tick(), 200);
    };

    if (!navigator.mediaDevices) {
      window.setTimeout(() => setProblem("Deze browser kan de camera niet gebruiken. Typ de code of zoek op naam."), 0);
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then((media) => {
        if (stopped) {
          media.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
        void tick();
      })
      .catch((error: unknown) => setProblem(`De camera kon niet worden geopend (${error instanceof Error ? error.name : "onbekend"}). Geef de browser toestemming, of typ de code.`));

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => {
          setProblem(null);
          setOn((value) => !value);
        }}
        aria-pressed={on}
        className="w-full rounded bg-stone-900 px-4 py-4 text-xl font-semibold text-white hover:bg-stone-800"
      >
        {on ? "Stop met scannen" : "Scan QR-code met de camera"}
      </button>
      {on && <video ref={video} muted playsInline aria-label="Camerabeeld voor het scannen" className="w-full rounded border border-stone-400 bg-black" />}
      {problem && (
        <p role="alert" className="text-red-800">
          {problem}
        </p>
      )}
    </div>
  );
}
