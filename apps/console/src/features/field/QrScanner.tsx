import { Alert, Typography } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether the device has a camera the page could use (asked without opening it). */
export function useHasCamera(): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    const devices = navigator.mediaDevices;
    if (!devices?.getUserMedia || !devices.enumerateDevices) return;
    devices
      .enumerateDevices()
      .then((list) => setHas(list.some((device) => device.kind === 'videoinput')))
      .catch(() => undefined);
  }, []);
  return has;
}

/** The back camera's frames, read by jsQR until a QR code is found; the camera stops with the component. */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useRef(onCode);
  found.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const scan = () => {
      if (stopped) return;
      const element = video.current;
      if (element && context && element.readyState >= element.HAVE_CURRENT_DATA && element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
        const result = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' });
        if (result?.data) {
          stopped = true;
          found.current(result.data);
          return;
        }
      }
      frame = requestAnimationFrame(scan);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) {
          media.getTracks().forEach((track) => track.stop());
          return;
        }
        video.current.srcObject = media;
        await video.current.play();
        frame = requestAnimationFrame(scan);
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  if (failed) return <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('field.code.cameraError')} />;
  return (
    <div style={{ marginTop: 8 }}>
      <video ref={video} aria-label={t('field.code.video')} muted playsInline style={{ width: '100%', maxWidth: 400, borderRadius: 8, background: '#000' }} />
      <Typography.Paragraph role="status">{t('field.code.scanning')}</Typography.Paragraph>
    </div>
  );
}
